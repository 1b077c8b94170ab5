import Testing

@testable import RelGraph

@Suite struct EmbassyRuleTests {
  @Test("Embassies: opened in a country, moved from one to another, the owner never the host")
  func embassies() throws {
    let graph = try Fixtures.graph(
      "Chile opened an embassy in Hanoi. Paraguay moved its embassy from Tel Aviv to Jerusalem.")
    #expect(graph.has("Chile", .embassyIn, "Vietnam") && !graph.has("Vietnam", .embassyIn, "Chile"))
    #expect(graph.has("Paraguay", .embassyIn, "Israel"))
    #expect(try Fixtures.graph("Cuba abrió una embajada en Quito.").has("Cuba", .embassyIn, "Ecuador"))
  }

  @Test("The embassy 'of' a country is that country's, in English and Spanish")
  func embassyOf() throws {
    for sentence in ["The embassy of Chile in Lima reopened.", "La embajada de Chile en Lima reabrió sus puertas."] {
      let graph = try Fixtures.graph(sentence)
      #expect(graph.has("Chile", .embassyIn, "Peru") && !graph.has("Peru", .embassyIn, "Chile"), "\(sentence)")
    }
  }
}
