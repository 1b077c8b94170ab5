import Foundation
import RelGraph
import Testing

@Suite struct CoreOnlyTests {
  static let text = """
    Chile and Peru signed a trade agreement in Lima in March 2024.
    Chilean President Ana Rojas visited Peru, and Chile sold copper wire to Peru.
    """

  @Test("Extraction, queries and every export work with the core library alone")
  func coreWithoutGraphviz() throws {
    let graph = Extractor().extract(try TextDocument(name: "trade.txt", text: Self.text))
    let peru = try graph.entity(named: "Peru")
    let neighbors = try graph.neighbors(of: peru.id).map(\.entity.name)
    #expect(neighbors.contains("Chile"))
    #expect(DOTWriter().dot(for: graph).contains("\"country:peru\""))
    let decoded = try NodeLinkJSON.decode(NodeLinkJSON.encode(graph))
    #expect(decoded == graph)
  }
}
