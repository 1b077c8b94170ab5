import Foundation
import Testing

@testable import RelGraph

@Suite struct NodeLinkIndexTests {
  @Test(
    "Neighbors from the index's reach are the neighbors in the whole graph, for every entity, depth, direction and kind filter"
  )
  func reachAnswersLikeTheWholeGraph() throws {
    let graph = try Fixtures.longArticleGraph()
    let index = try NodeLinkJSON.Index(NodeLinkJSON.encode(graph))
    #expect(index.entities.entities == graph.entities)
    for entity in graph.entities.values {
      for depth in 1...2 {
        for kinds: Set<RelationKind> in [[], [.visited, .met], [.supplies]] {
          let reach = try index.reach(of: [entity.id], depth: depth, kinds: kinds)
          for direction in [Direction.both, .outgoing, .incoming] {
            let expected = try graph.neighbors(of: entity.id, depth: depth, kinds: kinds, direction: direction)
            let found = try reach.neighbors(of: entity.id, depth: depth, kinds: kinds, direction: direction)
            #expect(found == expected, "\(entity.id) depth \(depth) \(kinds) \(direction)")
          }
        }
      }
    }
  }

  @Test("Relations read from the index keep their evidence, and duplicates in the file merge")
  func relationsReadInFull() throws {
    let json =
      #"{"nodes": [{"id": "a", "kind": "country"}, {"id": "b", "kind": "country"}],"#
      + #" "edges": [{"source": "a", "target": "b", "kind": "supplies", "items": ["drones"],"#
      + #" "evidence": [{"document": "d.txt", "sentence": "A \"quoted\\\" sale.", "start": 0, "end": 9}]},"#
      + #" {"source": "a", "target": "b", "kind": "supplies", "items": ["boats"]}]}"#
    let reach = try NodeLinkJSON.Index(Data(json.utf8)).reach(of: ["b"], depth: 1)
    let relation = try #require(reach.relation(from: "a", .supplies, to: "b"))
    #expect(relation.items == ["drones", "boats"])
    #expect(relation.evidence.map(\.sentence) == [#"A "quoted\" sale."#])
  }

  @Test("Ids written with escapes or as numbers find their entities")
  func escapedAndNumericIDs() throws {
    let json =
      #"{"edges": [{"target": "\u00e9t\u00e9", "source": 7, "type": "met"}],"#
      + #" "nodes": [{"id": 7, "kind": "person"}, {"id": "été", "kind": "person"}]}"#
    let reach = try NodeLinkJSON.Index(Data(json.utf8)).reach(of: ["été"], depth: 1)
    #expect(try reach.neighbors(of: "été").map(\.entity.id) == ["7"])
  }

  @Test(
    "The index refuses what decoding refuses",
    arguments: [
      #"{"nodes": [], "edges": [{"source": "a", "target": "b", "kind": "met"}]}"#,
      #"{"nodes": [{"id": "a", "kind": "country"}], "edges": [{"source": "a", "target": "a", "kind": "likes"}]}"#,
      #"{"nodes": [{"id": "a", "kind": "country"}], "edges": [{"source": "a", "target": "a"}]}"#,
      #"{"nodes": [{"id": "a", "kind": "country"}], "edges": [{"source": "a", "target": "a", "kind": "met", "x": "open]}"#,
      #"{"nodes": [{"id": "a", "kind": "country"}], "edges": [{"source": "a", "target": "a", "kind": "met"}] trailing"#,
    ])
  func refusesLikeDecode(json: String) {
    let data = Data(json.utf8)
    let decodeError = #expect(throws: GraphError.self) { try NodeLinkJSON.decode(data) }
    let indexError = #expect(throws: GraphError.self) { try NodeLinkJSON.Index(data) }
    #expect(indexError == decodeError)
  }

  @Test("With depth 1, the reach of two entities holds every relation between them")
  func reachOfTwo() throws {
    let graph = try Fixtures.longArticleGraph()
    let index = try NodeLinkJSON.Index(NodeLinkJSON.encode(graph))
    let ids = graph.entities.keys.sorted()
    for first in ids {
      for second in ids where first < second {
        let reach = try index.reach(of: [first, second], depth: 1)
        let expected = try graph.relations(between: first, and: second)
        let found = try reach.relations(between: first, and: second)
        #expect(found == expected, "\(first) \(second)")
      }
    }
  }

  @Test("Paths through the index are the paths of the whole file, ties broken alike", arguments: [false, true])
  func paths(inRandomGraph: Bool) throws {
    let file = NodeLinkJSON.encode(inRandomGraph ? try Self.randomGraph() : try Fixtures.longArticleGraph())
    // Among paths of one length, the first found depends on the order of the relations: compare with the file read whole.
    let graph = try NodeLinkJSON.decode(file)
    let index = try NodeLinkJSON.Index(file)
    let ids = graph.entities.keys.sorted()
    for source in ids {
      for target in ids {
        let expected = try graph.path(from: source, to: target)
        let found = try index.path(from: source, to: target)
        #expect(found?.relations == expected, "\(source) → \(target)")
        if let found {
          #expect(
            found.relations.allSatisfy {
              found.graph.entities[$0.source] != nil && found.graph.entities[$0.target] != nil
            })
        }
      }
    }
  }

  /// Forty entities and a hundred relations drawn with a fixed seed: many paths of equal length.
  private static func randomGraph() throws -> RelationshipGraph {
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    let entities = (0..<40).map { Entity(name: "E\($0)", kind: .country) }
    let relations = (0..<100).map { _ in
      Relation(source: entities[next(40)].id, kind: RelationKind.allCases[next(14)], target: entities[next(40)].id)
    }
    return try RelationshipGraph(entities: entities, relations: relations)
  }

  @Test("An unknown entity gets the whole graph's suggestions")
  func unknownEntity() throws {
    let graph = try Fixtures.europe()
    let index = try NodeLinkJSON.Index(NodeLinkJSON.encode(graph))
    let expected = GraphError.unknownEntity("frnce", suggestions: ["France"])
    #expect(throws: expected) { try index.reach(of: ["frnce"], depth: 1) }
    #expect(throws: expected) { try graph.neighbors(of: "frnce") }
  }

  @Test("The byte table numbers strings by their bytes, the first of repeats winning")
  func byteStringTable() {
    let strings = ["country:iran", "", "person:é", "country:iran"] + (0..<200).map { "e\($0)" }
    let table = ByteStringTable(strings)
    #expect(table.number(of: "country:iran") == 0)
    #expect(table.number(of: "") == 1)
    #expect(table.number(of: "person:é") == 2)
    #expect(table.number(of: "e199") == 203)
    #expect(table.number(of: "country:ira") == nil)
    #expect(table.number(of: "person:e") == nil)
  }

  @Test("Strings inserted one by one get the next numbers, keep them as the table grows, and are found by bytes")
  func byteStringTableInsertion() {
    var table = ByteStringTable(["a", "b", "a"])
    #expect(table.insert("a") == 0 && table.insert("b") == 1)
    let strings = (0..<1_000).map { "word\($0)" } + ["", "é"]
    let numbers = strings.map { table.insert($0) }
    #expect(numbers == Array(3..<1_005))
    #expect(strings.map { table.insert($0) } == numbers)
    #expect(strings.map { table.number(of: $0) } == numbers)
    #expect(table.number(of: "word1000") == nil && table.number(of: "a") == 0)
    var bytes = Array("word999".utf8)
    #expect(bytes.withUnsafeMutableBufferPointer { table.number(of: UnsafeBufferPointer($0)) } == 1_002)
  }
}
