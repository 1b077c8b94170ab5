import Testing

@testable import RelGraph

@Suite struct EmbassyExchangeRuleTests {
  @Test(
    "Two countries exchanging ambassadors or reopening embassies have an embassy in each other",
    arguments: [
      "Chile and Peru agreed on Monday to exchange ambassadors again.",
      "Chile y Perú intercambiarán embajadores tras dos años.",
      "Peru and Chile reopened their embassies in March.",
    ])
  func exchange(sentence: String) throws {
    let graph = try Fixtures.graph(sentence)
    #expect(graph.has("Chile", .embassyIn, "Peru") && graph.has("Peru", .embassyIn, "Chile"))
    #expect(graph.relations.first { $0.kind == .embassyIn }?.rules == ["embassy-exchange"])
  }

  @Test("An exchange with three countries and no 'between' pairs nobody; a negated one gives nothing")
  func unclear() throws {
    #expect(try Fixtures.graph("Chile, Peru and Bolivia will exchange ambassadors.").relations.isEmpty)
    #expect(try Fixtures.graph("Chile and Peru did not exchange ambassadors.").relations.isEmpty)
  }
}
