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
}
