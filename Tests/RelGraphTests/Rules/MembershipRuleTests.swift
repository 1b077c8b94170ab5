import Testing

@testable import RelGraph

@Suite struct MembershipRuleTests {
  @Test(
    "Membership: members of a body, a body's members, joining, a bid to join, in English and Spanish",
    arguments: [
      ("The BRICS members Brazil, Russia and India met.", ["Brazil", "Russia", "India"], "BRICS"),
      ("Members of NATO, such as Norway and Turkey, agreed.", ["Norway", "Turkey"], "NATO"),
      ("Chile and Peru are members of the OAS.", ["Chile", "Peru"], "OAS"),
      ("Finland's bid to join NATO succeeded.", ["Finland"], "NATO"),
      ("Bolivia es miembro de la ONU.", ["Bolivia"], "United Nations"),
      ("The NATO allies Norway and Denmark objected.", ["Norway", "Denmark"], "NATO"),
      ("Leaders of the BRICS (Brazil, Russia and India) met.", ["Brazil", "Russia", "India"], "BRICS"),
      ("Mercosur, which includes Uruguay and Paraguay, met.", ["Uruguay", "Paraguay"], "Mercosur"),
      (
        "El Mercosur, compuesto por Uruguay, Paraguay y Sudáfrica, habló.", ["Uruguay", "Paraguay", "South Africa"],
        "Mercosur"
      ),
      ("The OAS, composed of Chile and Peru, met.", ["Chile", "Peru"], "OAS"),
      ("El Mercosur, integrado por Uruguay y Paraguay, se reunió.", ["Uruguay", "Paraguay"], "Mercosur"),
    ])
  func members(sentence: String, countries: [String], body: String) throws {
    let graph = try Fixtures.graph(sentence)
    for country in countries { #expect(graph.has(country, .memberOf, body), "\(country)") }
  }

  @Test("A member noun away from a body's name gives no membership")
  func memberNounAlone() throws {
    let graph = try Fixtures.graph("Norway and other countries criticized NATO.")
    #expect(graph.relations.allSatisfy { $0.kind != .memberOf })
  }

  @Test("'Joined' without a body after it is no membership")
  func joinedWithoutBody() throws {
    let graph = try Fixtures.graph("Chile joined Peru in voting against the UN resolution.")
    #expect(graph.relations.allSatisfy { $0.kind != .memberOf })
  }
}
