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
}
