import Foundation
import RelGraph
import RelGraphRendering
import RelGraphTestSupport
import Testing

/// The geometry of drawings of several articles: the legend as one block, no two nodes over
/// each other, whatever the engine.
@Suite struct DrawingLayoutTests {
  /// The example articles of `Graphs/week`, extracted together.
  static func weekGraph() throws -> RelationshipGraph {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Graphs/week")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
      .sorted()
    let documents = try names.map {
      try TextDocument(name: $0, bytes: Data(contentsOf: folder.appendingPathComponent($0)))
    }
    return Extractor().extract(documents)
  }

  /// `count` entities of every kind with names of one to five words, and twice as many relations.
  static func syntheticGraph(entities count: Int) throws -> RelationshipGraph {
    let words = ["North", "Ministry", "of", "Energy", "Atlantic", "Council", "Republic", "Ana", "Li", "Trade"]
    let entities = (0..<count).map { index in
      let name = (0...(index % 5)).map { words[(index * 7 + $0 * 3) % words.count] }.joined(separator: " ")
      return Entity(name: "\(name) \(index)", kind: Entity.Kind.allCases[index % 4])
    }
    let relations = (0..<2 * count).map { index in
      Relation(
        source: entities[index % count].id, kind: RelationKind.allCases[index % RelationKind.allCases.count],
        target: entities[(index * 37 + 11 + index / count) % count].id,
        evidence: [Evidence(document: "synthetic", sentence: "Relation \(index).", start: index, end: index + 1)])
    }
    return try RelationshipGraph(entities: entities, relations: relations.filter { $0.source != $0.target })
  }

  /// The node-link graph named by RELGRAPH_DRAWING_GRAPH, which `Scripts/check-drawing.sh` sets
  /// to the graph of the articles it measures.
  static let givenGraph = ProcessInfo.processInfo.environment["RELGRAPH_DRAWING_GRAPH"]

  static func geometry(of graph: RelationshipGraph, engine: LayoutEngine?) throws -> SVGGeometry {
    try #require(SVGGeometry(svg: Data(try graph.rendered(as: .svg, engine: engine))))
  }

  static func expectLegendBlock(_ geometry: SVGGeometry, legendEntries: Int) throws {
    let isLegend = { (name: String) in name.hasPrefix("legend:") }
    let legend = try #require(geometry.bounds(of: isLegend))
    let drawing = try #require(geometry.bounds { !isLegend($0) })
    #expect(geometry.nodes.filter { isLegend($0.name) }.count == legendEntries)
    #expect(legend.minY > drawing.maxY, "the legend \(legend) is not below the drawing \(drawing)")
    // In the picture's lower-left corner (the picture holds edges and labels beyond the nodes).
    let picture = try #require(geometry.picture)
    #expect(
      abs(legend.minX - picture.minX) < 12 && abs(picture.maxY - legend.maxY) < 12,
      "the legend \(legend) is not in the lower-left corner of \(picture)")
    // One compact block: the title, a row of entity kinds, at most four rows of relation kinds.
    #expect(legend.height < 200 && legend.width < 480, "the legend \(legend) is spread out")
  }

  @Test(
    "The legend is one block below the drawing's lower-left corner, for every engine", arguments: LayoutEngine.allCases)
  func legendBlock(engine: LayoutEngine) throws {
    let graph = try Self.weekGraph()
    let kinds = Set(graph.relations.map(\.kind)).count + Set(graph.entities.values.map(\.kind)).count
    try Self.expectLegendBlock(try Self.geometry(of: graph, engine: engine), legendEntries: kinds + 1)
  }

  @Test("No two nodes of several articles' drawing overlap, with dot or sfdp", arguments: [LayoutEngine.dot, .sfdp])
  func articlesDoNotOverlap(engine: LayoutEngine) throws {
    let geometry = try Self.geometry(of: try Self.weekGraph(), engine: engine)
    #expect(geometry.nodes.count > 50)
    let overlaps = geometry.overlappingPairs()
    #expect(overlaps.count == 0, "overlapping, among others: \(overlaps.prefix(5))")
  }

  @Test("The relations between two entities of several articles are one edge in the SVG")
  func parallelRelationsMerged() throws {
    let graph = try Self.weekGraph()
    let pairs = Set(graph.relations.map { Set([$0.source.rawValue, $0.target.rawValue]) })
    #expect(pairs.count < graph.relations.count, "the example has no parallel relations to merge")
    let edges = try Self.geometry(of: graph, engine: .sfdp).edges.map { Set([$0.source, $0.target]) }
    #expect(edges.count == pairs.count)
    #expect(Set(edges) == pairs)
  }

  @Test("No two nodes of a 500-entity graph overlap; its legend is one block")
  func largeGraphDoesNotOverlap() throws {
    let geometry = try Self.geometry(of: try Self.syntheticGraph(entities: 500), engine: nil)
    #expect(geometry.nodes.count == 500 + 1 + 4 + RelationKind.allCases.count)
    let overlaps = geometry.overlappingPairs()
    #expect(overlaps.count == 0, "overlapping, among others: \(overlaps.prefix(5))")
    try Self.expectLegendBlock(geometry, legendEntries: 1 + 4 + RelationKind.allCases.count)
  }

  @Test(
    "The graph RELGRAPH_DRAWING_GRAPH names is drawn without overlaps, its legend one block",
    .enabled(if: givenGraph != nil, "set RELGRAPH_DRAWING_GRAPH to a node-link graph (Scripts/check-drawing.sh does)"))
  func givenGraphLayout() throws {
    let graph = try NodeLinkJSON.decode(Data(contentsOf: URL(fileURLWithPath: try #require(Self.givenGraph))))
    let linked = Set(graph.relations.flatMap { [$0.source, $0.target] })
    let kinds = Set(graph.relations.map(\.kind)).count + Set(linked.map { graph.entities[$0]!.kind }).count
    let geometry = try Self.geometry(of: graph, engine: nil)
    let overlaps = geometry.overlappingPairs()
    let legend = try #require(geometry.bounds { $0.hasPrefix("legend:") })
    print(
      "RELGRAPH_DRAWING_GRAPH: \(geometry.nodes.count) nodes, \(overlaps.count) overlapping pairs, legend \(legend)")
    #expect(overlaps.count == 0, "overlapping, among others: \(overlaps.prefix(5))")
    try Self.expectLegendBlock(geometry, legendEntries: kinds + 1)
  }
}
