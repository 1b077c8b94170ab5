import Foundation
import Graphviz
import Testing

@Suite struct RendererTests {
  let renderer = Renderer()

  @Test("A small graph renders to SVG with the core renderer, keeping ids and tooltips")
  func rendersSVG() throws {
    let svg = String(
      decoding: try renderer.render(dot: #"digraph g { a [id="nodeA", tooltip="tip"]; a -> b; }"#), as: UTF8.self)
    #expect(svg.contains("<svg"))
    #expect(svg.contains(#"id="nodeA""#))
    #expect(svg.contains("tip"))
  }

  @Test("PNG and PDF come back with their magic numbers")
  func rendersBinaryFormats() throws {
    let png = try renderer.render(dot: "digraph g { a -> b }", format: .png)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let pdf = try renderer.render(dot: "digraph g { a -> b }", format: .pdf)
    #expect(pdf.starts(with: Array("%PDF".utf8)))
  }

  @Test("Every engine lays out a graph", arguments: LayoutEngine.allCases)
  func everyEngine(engine: LayoutEngine) throws {
    let dot = try renderer.render(dot: "graph g { a -- b; b -- c; c -- a }", engine: engine, format: .dot)
    #expect(String(decoding: dot, as: UTF8.self).contains("pos="))
  }

  @Test("A syntax error is a typed error carrying Graphviz's message")
  func syntaxError() {
    #expect {
      try renderer.render(dot: "digraph { a -> ; }")
    } throws: { error in
      guard case .invalidDOT(let detail) = error as? GraphvizError else { return false }
      return detail.contains("syntax error")
    }
  }

  @Test("Empty input is rejected, not crashed on")
  func emptyInput() {
    #expect(throws: GraphvizError.invalidDOT(detail: "no graph in the input")) {
      try renderer.render(dot: "")
    }
  }

  @Test("The parser recovers after an error")
  func recoversAfterError() throws {
    _ = try? renderer.render(dot: "digraph { ")
    #expect(try renderer.parseNodes(dot: "digraph { x; y }").nodes.map(\.name) == ["x", "y"])
  }

  @Test("Renders from many tasks at once are serialized and all succeed")
  func concurrentRenders() async throws {
    let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
      for index in 0..<16 {
        group.addTask { try Renderer().render(dot: "digraph g\(index) { a -> b\(index) }").count }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(sizes.count == 16)
    #expect(sizes.allSatisfy { $0 > 100 })
  }

  @Test(
    "A legend graph is drawn below the drawing's left edge, its nodes kept apart, whatever the engine",
    arguments: LayoutEngine.allCases)
  func legendBelow(engine: LayoutEngine) throws {
    let positioned = String(
      decoding: try renderer.render(
        dot: "digraph g { a -> b; b -> c; c -> a }", engine: engine, format: .dot,
        legend: "digraph key { k1 -> k2 [style=invis] }"),
      as: UTF8.self)
    let positions = try Self.positions(in: positioned)
    let drawing = ["a", "b", "c"].compactMap { positions[$0] }
    let legend = ["k1", "k2"].compactMap { positions[$0] }
    #expect(drawing.count == 3 && legend.count == 2)
    #expect(legend.allSatisfy { key in drawing.allSatisfy { key.y < $0.y - 18 } })
    #expect(legend[0].y > legend[1].y, "the legend's own layout was not kept")
    #expect(!positioned.contains("k1 -> k2"), "the legend's ordering edge was drawn")
  }

  @Test("A legend that is not DOT is refused like the graph itself")
  func badLegend() {
    #expect {
      try renderer.render(dot: "digraph g { a }", legend: "digraph { k -> ; }")
    } throws: { error in
      guard case .invalidDOT(let detail) = error as? GraphvizError else { return false }
      return detail.contains("syntax error")
    }
  }

  /// The `pos` of each node in positioned DOT text.
  private static func positions(in dot: String) throws -> [String: (x: Double, y: Double)] {
    let statement = try Regex(#"\n\t(\w+)\t\[[^\]]*?pos="([-\d.]+),([-\d.]+)""#)
    var positions: [String: (x: Double, y: Double)] = [:]
    for match in dot.matches(of: statement) {
      guard let name = match[1].substring, let x = match[2].substring, let y = match[3].substring else { continue }
      positions[String(name)] = (Double(x) ?? .nan, Double(y) ?? .nan)
    }
    return positions
  }
}
