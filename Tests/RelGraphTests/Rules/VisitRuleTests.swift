import Testing

@testable import RelGraph

@Suite struct VisitRuleTests {
  @Test(
    "Visits go from the visitor to the host country, in English and Spanish",
    arguments: [
      ("Chilean President Ana Ruiz visited Lima in May.", "Ana Ruiz", "Peru"),
      ("During Ana Ruiz's trip to Quito, trade was discussed.", "Ana Ruiz", "Ecuador"),
      ("Prime Minister Luis Soto of Peru arrived in Santiago on Monday.", "Luis Soto", "Chile"),
      ("El canciller peruano Jorge Paz llegó a Bogotá.", "Jorge Paz", "Colombia"),
    ])
  func visited(sentence: String, visitor: String, host: String) throws {
    #expect(try Fixtures.graph(sentence).has(visitor, .visited, host))
  }

  @Test("A visit word without a country after it gives no visit")
  func noDestination() throws {
    #expect(try Fixtures.graph("Peru said the visit was a success.").relations.allSatisfy { $0.kind != .visited })
  }
}
