import Testing

@testable import RelGraph

@Suite struct AllianceRuleTests {
  @Test(
    "Alliances: between two, a possessive owner, 'its allies such as', 'allies of X, especially Y'",
    arguments: [
      ("The alliance between Russia and Belarus deepened.", "Russia", "Belarus"),
      ("Serbia and its allies, such as Hungary, stayed silent.", "Serbia", "Hungary"),
      ("Allies of Moldova, especially Romania, sent aid.", "Moldova", "Romania"),
      ("Cuba y sus aliados, como Nicaragua, votaron.", "Cuba", "Nicaragua"),
    ])
  func allied(sentence: String, first: String, second: String) throws {
    #expect(try Fixtures.graph(sentence).has(first, .alliedWith, second))
  }

  @Test("A trigger word inside an organization's name starts no rule")
  func wordOfAName() throws {
    let graph = try Fixtures.graph("Chile and Peru are both members of the Pacific Alliance.")
    #expect(!graph.has("Chile", .alliedWith, "Peru") && !graph.has("Peru", .alliedWith, "Chile"))
    #expect(graph.has("Chile", .memberOf, "Pacific Alliance"))
    #expect(try Fixtures.graph("Chile and Peru formed an alliance in 2020.").has("Chile", .alliedWith, "Peru"))
  }

  @Test("An appositive 'a close ally of Y' makes the country it describes Y's ally")
  func appositiveAlly() throws {
    let graph = try Fixtures.graph("Chile, a close ally of the United States, backed the plan.")
    #expect(graph.has("Chile", .alliedWith, "United States"))
  }

  @Test("A country far after the alliance word is no ally")
  func farCountry() throws {
    let graph = try Fixtures.graph(
      "Serbia and its allies, such as Hungary, stayed silent while the talks in Paris moved on to Peru.")
    #expect(!graph.has("Serbia", .alliedWith, "Peru"))
  }

  @Test("A list of countries announcing 'their alliance' are each other's allies")
  func listOwnsAlliance() throws {
    let graph = try Fixtures.graph("Chile, Peru and Bolivia announced their alliance on Saturday.")
    #expect(graph.has("Chile", .alliedWith, "Peru") && graph.has("Chile", .alliedWith, "Bolivia"))
    #expect(graph.has("Peru", .alliedWith, "Bolivia"))
    let spanish = try Fixtures.graph("Chile y Perú renovaron su alianza.")
    #expect(spanish.has("Chile", .alliedWith, "Peru"))
  }
}
