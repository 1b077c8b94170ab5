@testable import RelGraph
import Testing

@Suite struct RelationRuleTests {
  @Test("Visits go from the visitor to the host country")
  func visits() throws {
    let graph = try Fixtures.graph("Venezuelan President Nicolás Maduro visited Moscow in 2019. El presidente cubano Miguel Díaz-Canel visitó Caracas.")
    #expect(graph.has("Nicolás Maduro", .visited, "Russia"))
    #expect(!graph.has("Russia", .visited, "Venezuela"))
  }

  @Test("Sales and purchases both point from seller to buyer, with items")
  func supplies() throws {
    let sold = try Fixtures.graph("Russia sold to Serbia several fighter jets and tanks.")
    let relation = try #require(sold.relations.first { $0.kind == .supplies })
    #expect(sold.has("Russia", .supplies, "Serbia"))
    #expect(relation.items == ["jets", "tanks"])
    let bought = try Fixtures.graph("Serbia bought drones from China.")
    #expect(bought.has("China", .supplies, "Serbia"))
    #expect(!bought.has("Serbia", .supplies, "China"))
  }

  @Test("A negated statement gives no relation")
  func negation() throws {
    let graph = try Fixtures.graph("Prime Minister Ana Silva did not sign the trade agreement between Peru and Chile.")
    #expect(!graph.relations.contains { $0.kind == .signed })
  }

  @Test("Hearsay is kept with a lower confidence")
  func hedging() throws {
    let graph = try Fixtures.graph("Iran reportedly sold drones to Venezuela.")
    let relation = try #require(graph.relations.first { $0.kind == .supplies })
    #expect(relation.confidence < 0.9)
  }

  @Test("Voting together gives one relation per partner; abstentions give none")
  func votes() throws {
    let graph = try Fixtures.graph("""
      Nicaragua joined Cuba, Syria and Belarus in voting against the resolution.
      Mexico and Brazil abstained from voting.
      """)
    #expect(graph.relations.filter { $0.kind == .votedWith }.count == 3)
    #expect(graph.has("Nicaragua", .votedWith, "Belarus"))
    #expect(graph.has("Belarus", .votedWith, "Nicaragua"))
    #expect(!graph.relations.contains { $0.kind == .votedWith && ($0.source.rawValue.contains("mexico") || $0.target.rawValue.contains("mexico")) })
  }

  @Test("Embassies: moved from one country to another, opened in a country")
  func embassies() throws {
    let graph = try Fixtures.graph("Paraguay moved its embassy from Tel Aviv to Jerusalem. Chile opened an embassy in Hanoi.")
    #expect(graph.has("Chile", .embassyIn, "Vietnam"))
    #expect(!graph.has("Vietnam", .embassyIn, "Chile"))
  }

  @Test("Meetings in Spanish link two people once")
  func meetings() throws {
    let graph = try Fixtures.graph("El canciller chileno Alberto van Klaveren sostuvo un encuentro con el presidente Luis Arce.")
    #expect(graph.has("Alberto van Klaveren", .met, "Luis Arce"))
    #expect(graph.relations.filter { $0.kind == .met }.count == 1)
  }

  @Test("Alliances, cooperation, support and opposition")
  func stances() throws {
    let graph = try Fixtures.graph("""
      The alliance between Russia and Belarus deepened.
      Military cooperation between India and France grew.
      Brazil expressed support for Argentina.
      Canada condemned Iran.
      """)
    #expect(graph.has("Russia", .alliedWith, "Belarus"))
    #expect(graph.has("India", .cooperatesWith, "France"))
    #expect(graph.has("Brazil", .supports, "Argentina"))
    #expect(graph.has("Canada", .opposes, "Iran"))
    #expect(!graph.has("Iran", .opposes, "Canada"))
  }

  @Test("Membership in an international body")
  func membership() throws {
    let graph = try Fixtures.graph("Turkey is a member of NATO.")
    #expect(graph.has("Turkey", .memberOf, "NATO"))
  }
}
