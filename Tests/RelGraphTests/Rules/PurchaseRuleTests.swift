import Testing

@testable import RelGraph

@Suite struct PurchaseRuleTests {
  @Test("A purchase goes from the seller after the verb to the buyer before it")
  func purchases() throws {
    let graph = try Fixtures.graph("Argentina bought fighter jets from Denmark.")
    #expect(graph.has("Denmark", .supplies, "Argentina") && !graph.has("Argentina", .supplies, "Denmark"))
    #expect(try Fixtures.graph("Bolivia compró aviones a China.").has("China", .supplies, "Bolivia"))
  }
}
