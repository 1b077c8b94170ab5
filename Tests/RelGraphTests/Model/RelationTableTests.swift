import Testing

@testable import RelGraph

@Suite struct RelationTableTests {
  static let entities = (0..<12).map { Entity(name: "C\($0)", kind: .country) }
  static let ids = entities.map(\.id)

  /// A graph of random entities and relations, the same for the same seed.
  static func randomGraph(seed: UInt64) throws -> RelationshipGraph {
    var generator = SeededGenerator(state: seed)
    var graph = RelationshipGraph()
    for entity in entities.shuffled(using: &generator) { graph.add(entity) }
    for _ in 0..<40 {
      let source = ids.randomElement(using: &generator)!
      let target = ids.randomElement(using: &generator)!
      guard source != target else { continue }
      try graph.add(
        Relation(source: source, kind: RelationKind.allCases.randomElement(using: &generator)!, target: target))
    }
    return graph
  }

  @Test("Adding, merging, merging entities and removing keep the table's invariants", arguments: 1...20)
  func invariantsHold(seed: UInt64) throws {
    var graph = try Self.randomGraph(seed: seed)
    #expect(graph.table.isConsistent)
    graph.merge(try Self.randomGraph(seed: seed + 100))
    #expect(graph.table.isConsistent)
    let merged = graph.mergingEntities([
      Self.ids[0]: (into: Self.ids[1], reason: "test"), Self.ids[2]: (into: Self.ids[3], reason: "test"),
    ])
    #expect(merged.table.isConsistent)
    #expect(merged.table.number(of: Self.ids[0]) == nil && merged.entities[Self.ids[0]] == nil)
    #expect(merged.relations.allSatisfy { $0.source != Self.ids[0] && $0.target != Self.ids[0] })
  }

  @Test("A relation added twice is one relation; its ends are listed out of its source and into its target")
  func listsByEnd() throws {
    var table = RelationTable()
    let (a, isNewA) = table.number(for: "country:a")
    let (b, _) = table.number(for: "country:b")
    #expect(isNewA && table.number(for: "country:a") == (a, false))
    let ends = RelationTable.Ends(source: a, target: b)
    table.insert(Relation(source: "country:a", kind: .supplies, target: "country:b"), ends: ends)
    table.insert(Relation(source: "country:a", kind: .supplies, target: "country:b", items: ["oil"]), ends: ends)
    #expect(table.relations.count == 1 && table.relations[0].items == ["oil"])
    #expect(table.outgoing(of: a) == [0] && table.incoming(of: b) == [0] && table.outgoing(of: b).isEmpty)
    #expect(table.index(of: ends, .supplies) == 0 && table.index(of: ends, .opposes) == nil)
    #expect(table.isConsistent)
  }
  @Test("A relation with many sentences merges each new one once, whatever order they come in")
  func manySentences() throws {
    var graph = RelationshipGraph()
    graph.add(Entity(name: "Chile", kind: .country))
    graph.add(Entity(name: "Peru", kind: .country))
    func support(_ numbers: some Sequence<Int>, in document: String) -> Relation {
      Relation(
        source: "country:chile", kind: .alliedWith, target: "country:peru",
        evidence: numbers.map { Evidence(document: document, sentence: "s\($0)", start: $0 * 10, end: $0 * 10 + 5) })
    }
    for number in 0..<40 { try graph.add(support([number], in: "a.txt")) }
    try graph.add(support(30..<60, in: "a.txt"))  // half of them known
    try graph.add(support(0..<3, in: "b.txt"))  // the same offsets in another document
    for number in (0..<60).reversed() { try graph.add(support([number], in: "a.txt")) }
    let evidence = try #require(graph.relations.first?.evidence)
    #expect(evidence.count == 63)
    #expect(evidence.prefix(60).map(\.start) == (0..<60).map { $0 * 10 })
    #expect(graph.table.isConsistent)
  }
}

/// A small deterministic generator (SplitMix64), so that each test case draws the same graph.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
