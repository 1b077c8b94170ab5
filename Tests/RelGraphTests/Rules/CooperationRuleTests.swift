import Testing

@testable import RelGraph

@Suite struct CooperationRuleTests {
  @Test("Cooperation between two, and ties only with a link word after them")
  func cooperation() throws {
    #expect(try Fixtures.graph("Energy cooperation between Chile and Peru grew.").has("Chile", .cooperatesWith, "Peru"))
    #expect(try Fixtures.graph("Uruguay strengthened ties with Brazil.").has("Uruguay", .cooperatesWith, "Brazil"))
    #expect(try Fixtures.graph("La cooperación entre Cuba y México creció.").has("Cuba", .cooperatesWith, "Mexico"))
    #expect(
      try Fixtures.graph("The ties of Uruguay were discussed in Brazil.").relations.allSatisfy {
        $0.kind != .cooperatesWith
      })
  }

  @Test("Ties after a verb of growth need no link word; joint exercises are cooperation")
  func tiesVerbsAndExercises() throws {
    #expect(try Fixtures.graph("Chile and Peru pledged to deepen military ties.").has("Chile", .cooperatesWith, "Peru"))
    #expect(try Fixtures.graph("Chile y Perú acordaron fortalecer sus lazos.").has("Chile", .cooperatesWith, "Peru"))
    #expect(try Fixtures.graph("Chile and Peru held joint military exercises.").has("Chile", .cooperatesWith, "Peru"))
    #expect(
      try Fixtures.graph("Chile and Peru discussed military ties in Lima.").relations.allSatisfy {
        $0.kind != .cooperatesWith
      })
  }

  @Test("Establishing diplomatic ties with one country and breaking with another: each its own")
  func establishAndBreak() throws {
    for text in [
      "Chile established diplomatic ties with Peru and broke with Bolivia.",
      "Chile estableció relaciones diplomáticas con Perú y rompió con Bolivia.",
    ] {
      let graph = try Fixtures.graph(text)
      #expect(graph.has("Chile", .cooperatesWith, "Peru") && graph.has("Chile", .opposes, "Bolivia"), "\(text)")
      #expect(!graph.has("Chile", .cooperatesWith, "Bolivia") && !graph.has("Peru", .opposes, "Bolivia"), "\(text)")
    }
    #expect(try Fixtures.graph("Irán e Irak acordaron restablecer relaciones.").has("Iran", .cooperatesWith, "Iraq"))
  }
}
