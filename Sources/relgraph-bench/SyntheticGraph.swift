import RelGraph

/// Random relation graphs of a given size, the same for the same seed.
enum SyntheticGraph {
  /// `nodes` entities of every kind and `edges` relations of every kind between random pairs.
  static func make(nodes: Int, edges: Int, seed: UInt64 = 42) -> RelationshipGraph {
    var generator = SplitMix64(seed: seed)
    var graph = RelationshipGraph()
    let entities = (0..<nodes).map { index in
      Entity(name: "Entity \(index)", kind: Entity.Kind.allCases[index % 4], aliases: ["E\(index)"])
    }
    for entity in entities { graph.add(entity) }
    var added = 0
    while added < edges {
      let source = entities[Int(generator.next() % UInt64(nodes))].id
      let target = entities[Int(generator.next() % UInt64(nodes))].id
      let kind = RelationKind.allCases[Int(generator.next() % UInt64(RelationKind.allCases.count))]
      guard source != target, graph.relation(from: source, kind, to: target) == nil else { continue }
      let evidence = Evidence(
        document: "synthetic.txt", sentence: "Entity \(source) \(kind.label) \(target).", start: added * 40,
        end: added * 40 + 39)
      try? graph.add(Relation(source: source, kind: kind, target: target, evidence: [evidence]))
      added += 1
    }
    return graph
  }
}

/// A small, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
