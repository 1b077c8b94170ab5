import Testing

@testable import RelGraph

@Suite struct DeliveryRuleTests {
  @Test("Goods from a country arriving somewhere are a supply, not a visit")
  func goodsArrive() throws {
    let graph = try Fixtures.graph("Turkish drones and ammunition arrived in Somalia on Friday.")
    #expect(graph.has("Turkey", .supplies, "Somalia"))
    #expect(!graph.has("Turkey", .visited, "Somalia"))
  }

  @Test("A person arriving is a visit, even with goods named")
  func personArrives() throws {
    let graph = try Fixtures.graph("Turkish Foreign Minister Ana Kaya arrived in Somalia with food aid.")
    #expect(graph.has("Ana Kaya", .visited, "Somalia"))
    #expect(!graph.has("Turkey", .supplies, "Somalia"))
  }
}
