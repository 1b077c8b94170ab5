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
}
