import Testing

@testable import RelGraph

@Suite struct TiesBreakRuleTests {
  @Test("Ties suspended, cut or frozen are opposition, not cooperation; the subject breaks with the partner")
  func broken() throws {
    for text in [
      "Chile suspended its diplomatic relations with Peru.", "Chile suspendió sus relaciones diplomáticas con Perú.",
      "Chile cut ties with Peru.",
    ] {
      let graph = try Fixtures.graph(text)
      #expect(graph.has("Chile", .opposes, "Peru") && !graph.has("Peru", .opposes, "Chile"), "\(text)")
      #expect(!graph.relations.contains { $0.kind == .cooperatesWith }, "\(text)")
    }
    let both = try Fixtures.graph("Chile and Peru froze ties after the dispute.")
    #expect(both.has("Chile", .opposes, "Peru") && both.has("Peru", .opposes, "Chile"))
  }

  @Test("Ties restored or deepened stay cooperation")
  func kept() throws {
    #expect(try Fixtures.graph("Chile restored ties with Peru.").has("Chile", .cooperatesWith, "Peru"))
    #expect(!(try Fixtures.graph("Chile restored ties with Peru.").has("Chile", .opposes, "Peru")))
  }
}
