import Foundation
import RelGraphTestSupport
import Testing

@testable import RelGraph

@Suite struct DOTWriterTests {
  @Test("The example article gives the recorded JSON and DOT")
  func exampleGolden() throws {
    let graph = Extractor().extract(try Fixtures.document(Fixtures.graphs.appendingPathComponent("iran-bolivia.txt")))
    try Fixtures.assertGolden(String(decoding: NodeLinkJSON.encode(graph), as: UTF8.self) + "\n", "iran-bolivia.json")
    try Fixtures.assertGolden(DOTWriter().dot(for: graph), "iran-bolivia.dot")
  }

  @Test("The hostile-names graph gives the recorded DOT")
  func hostileGolden() throws {
    try Fixtures.assertGolden(DOTWriter().dot(for: HostileNames.graph()), "hostile-names.dot")
  }

  @Test("Each node is drawn with its kind's shape and its id")
  func styling() throws {
    let dot = DOTWriter(includesLegend: false).dot(for: try Fixtures.europe())
    #expect(dot.contains(#""country:france" [id="country:france", label="France", shape=box"#))
    #expect(dot.contains(#"shape=hexagon"#))
    #expect(dot.contains(#""person:emmanuel-macron" -> "country:france" [label="holds office""#))
    #expect(!dot.contains("Legend"))
  }

  @Test("Entities in no relation are left out of drawings unless asked for, or unless nothing is linked")
  func unlinkedEntities() throws {
    var graph = try Fixtures.europe()
    graph.add(Entity(name: "Nauru", kind: .country))
    #expect(!DOTWriter().dot(for: graph).contains("country:nauru"))
    #expect(DOTWriter(includesUnlinkedEntities: true).dot(for: graph).contains("country:nauru"))
    var lonely = RelationshipGraph()
    lonely.add(Entity(name: "Nauru", kind: .country))
    #expect(DOTWriter().dot(for: lonely).contains("country:nauru"))
  }

  @Test("The legend as a graph of its own names the kinds drawn, and nothing when nothing is drawn")
  func legendGraph() throws {
    let legend = try #require(DOTWriter().legendGraph(for: try Fixtures.europe()))
    #expect(legend.hasPrefix("digraph \"legend\" {"))
    #expect(legend.contains(#""legend:country" [id="legend:country""#))
    #expect(legend.contains(#"label="→ holds office""#))
    #expect(!legend.contains("legend:agreement") && !legend.contains("label=\"→ voted with\""))
    #expect(DOTWriter().legendGraph(for: RelationshipGraph()) == nil)
  }

  @Test(
    "Edge statements written in chunks, in parallel, give the same text as in one", arguments: [2, 3, 7, 64, 5_000])
  func chunking(chunks: Int) throws {
    let graph = try Self.denseHostileGraph()
    let pairs = Set(graph.relations.map { Set([$0.source, $0.target]) }).count
    for (merges, edges) in [(false, graph.relations.count), (true, pairs)] {
      let writer = DOTWriter(includesLegend: false, mergesParallelEdges: merges)
      let whole = writer.utf8(for: graph, edgeChunks: 1)
      #expect(writer.utf8(for: graph, edgeChunks: chunks) == whole)
      #expect(String(decoding: whole, as: UTF8.self).components(separatedBy: "\" -> \"").count == edges + 1)
    }
  }

  @Test("Relations between the same two entities are one edge, unless asked otherwise")
  func mergedEdges() throws {
    var graph = RelationshipGraph()
    for name in ["Chile", "Peru"] { graph.add(Entity(name: name, kind: .country)) }
    let sentence = Evidence(document: "a.txt", sentence: "Chile sold arms to Peru.", start: 0, end: 24)
    try graph.add(Relation(source: "country:chile", kind: .supplies, target: "country:peru", evidence: [sentence]))
    try graph.add(Relation(source: "country:peru", kind: .visited, target: "country:chile"))
    try graph.add(Relation(source: "country:chile", kind: .alliedWith, target: "country:peru"))
    let merged = DOTWriter(includesLegend: false).dot(for: graph)
    #expect(merged.components(separatedBy: " -> ").count == 2)
    #expect(merged.contains(#"label="allied with, supplies, visited""#) && merged.contains("dir=both"))
    #expect(merged.contains("color=\"\(DOTStyle.color(of: .alliedWith))\""))
    #expect(merged.contains("Chile supplies Peru") && merged.contains("“Chile sold arms to Peru.”"))
    let apart = DOTWriter(includesLegend: false, mergesParallelEdges: false).dot(for: graph)
    #expect(apart.components(separatedBy: " -> ").count == 4)
  }

  /// The hostile names, each pair linked by three kinds of relation, with roles, items and
  /// evidence as hostile as the names: about 1,400 relations.
  private static func denseHostileGraph() throws -> RelationshipGraph {
    let entities = HostileNames.names.map { Entity(name: $0, kind: .country) }
    var relations: [Relation] = []
    for source in entities {
      for target in entities where target.id != source.id {
        let evidence = [
          Evidence(
            document: "<\(source.name)>", sentence: "\"\(source.name)\" → \\\(target.name)\u{7}", start: 0, end: 1)
        ]
        relations += [
          Relation(
            source: source.id, kind: .holdsOffice, target: target.id, attributes: ["role": target.name],
            evidence: evidence),
          Relation(
            source: source.id, kind: .supplies, target: target.id, items: [source.name, "drones"],
            evidence: evidence + evidence),
          Relation(source: source.id, kind: .opposes, target: target.id, evidence: evidence),
        ]
      }
    }
    return try RelationshipGraph(entities: entities, relations: relations)
  }
}
