import Testing

@testable import RelGraph

@Suite struct RepresentationRuleTests {
  @Test(
    "A titled person with no country who acts for one holds office there",
    arguments: [
      "At the talks, Secretary Rosa Díaz spoke first. Later, Díaz signed on behalf of Chile.",
      "La ministra Rosa Díaz llegó ayer. Díaz habló en nombre de Chile ante la asamblea.",
    ])
  func actingForACountry(text: String) throws {
    let graph = try Fixtures.graph(text)
    let office = try #require(graph.relations.first { $0.kind == .holdsOffice })
    #expect(graph.has("Rosa Díaz", .holdsOffice, "Chile") && office.rules == ["representation-word"])
    #expect(office.attributes["role"] != nil)
  }

  @Test("No office for a person with no title, one already placed, or a country not right after the phrase")
  func noOffice() throws {
    #expect(
      !(try Fixtures.graph("Rosa Díaz, a lawyer, spoke on behalf of Chile.").has("Rosa Díaz", .holdsOffice, "Chile")))
    #expect(
      !(try Fixtures.graph("Peruvian Secretary Rosa Díaz spoke on behalf of Chile.").has(
        "Rosa Díaz", .holdsOffice, "Chile")))
    #expect(
      !(try Fixtures.graph("Secretary Rosa Díaz spoke on behalf of the farmers of Chile.").has(
        "Rosa Díaz", .holdsOffice, "Chile")))
  }
}
