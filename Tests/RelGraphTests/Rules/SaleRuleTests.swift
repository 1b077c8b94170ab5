import Testing

@testable import RelGraph

@Suite struct SaleRuleTests {
  @Test("Sales go from seller to buyer with their items; sending counts only with goods named")
  func sales() throws {
    let graph = try Fixtures.graph("Turkey sold drones and ammunition to Ukraine. Japan sent a delegation to Peru.")
    let sale = try #require(graph.relations.first { $0.kind == .supplies })
    #expect(graph.has("Turkey", .supplies, "Ukraine") && sale.items == ["drones", "ammunition"])
    #expect(!graph.has("Japan", .supplies, "Peru"))
    #expect(try Fixtures.graph("Rusia entregó misiles a Siria.").has("Russia", .supplies, "Syria"))
  }

  @Test("Goods of every kind count, in the base form of the verb too")
  func goods() throws {
    #expect(try Fixtures.graph("Chile will send 500 tonnes of rice to Peru.").has("Chile", .supplies, "Peru"))
    #expect(try Fixtures.graph("Japón enviará ambulancias a Kenia.").has("Japan", .supplies, "Kenya"))
  }

  @Test("Each country of a listed supplier supplies")
  func listedSuppliers() throws {
    let graph = try Fixtures.graph("Chile and Peru pledged new military aid to Bolivia.")
    #expect(graph.has("Chile", .supplies, "Bolivia") && graph.has("Peru", .supplies, "Bolivia"))
  }
}
