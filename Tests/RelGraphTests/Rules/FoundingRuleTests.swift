import Testing

@testable import RelGraph

@Suite struct FoundingRuleTests {
  @Test(
    "Countries that found an organization are its members, in English and Spanish",
    arguments: [
      ("Chile, Peru and Colombia founded the Pacific Alliance in 2011.", ["Chile", "Peru", "Colombia"]),
      ("Chile y Perú fundaron la Alianza del Pacífico.", ["Chile", "Peru"]),
      (
        "The leaders adopted a treaty establishing a confederation between Chile, Peru and Bolivia under the name (Andean Union).",
        ["Chile", "Peru", "Bolivia"]
      ),
    ])
  func founders(sentence: String, members: [String]) throws {
    let graph = try Fixtures.graph(sentence)
    let body = try #require(graph.entities.values.first { $0.kind == .organization })
    for member in members { #expect(graph.has(member, .memberOf, body.name), "\(member)") }
  }

  @Test("Founding no organization, or one in another clause, makes no member")
  func noBody() throws {
    let ties = try Fixtures.graph("Chile established diplomatic relations with Peru in 1990.")
    #expect(!ties.relations.contains { $0.kind == .memberOf })
    let other = try Fixtures.graph("Chile formed a new cabinet; the Pacific Alliance met in Lima.")
    #expect(!other.relations.contains { $0.kind == .memberOf })
  }
}
