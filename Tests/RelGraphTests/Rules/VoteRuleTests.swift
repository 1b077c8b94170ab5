import Testing

@testable import RelGraph

@Suite struct VoteRuleTests {
  /// The pairs of countries that voted together, by canonical name, each pair sorted.
  static func pairs(_ text: String) throws -> Set<[String]> {
    let graph = try Fixtures.graph(text)
    return Set(
      graph.relations.filter { $0.kind == .votedWith }.map { relation in
        [relation.source, relation.target].map { graph.entities[$0]!.name }.sorted()
      })
  }

  @Test("A list next to a side of a vote gives every two of its countries")
  func listOnOneSide() throws {
    #expect(
      try Self.pairs("Laos, Cuba and Belarus voted against the motion on Tuesday.")
        == [["Belarus", "Cuba"], ["Belarus", "Laos"], ["Cuba", "Laos"]])
    #expect(
      try Self.pairs("The vote ended with 90 in favour and three against: Laos, Cuba and Belarus.")
        == [["Belarus", "Cuba"], ["Belarus", "Laos"], ["Cuba", "Laos"]])
    #expect(try Self.pairs("En la votación, Chile y Perú votaron en contra.") == [["Chile", "Peru"]])
  }

  @Test("Lists on two sides never vote together across them; abstainers vote with nobody")
  func sidesApart() throws {
    let pairs = try Self.pairs(
      "In the vote, Chile and Peru voted in favour, while Laos and Cuba abstained from voting.")
    #expect(pairs == [["Chile", "Peru"]])
    #expect(try Self.pairs("Laos and Cuba abstained in the vote.").isEmpty)
  }

  @Test("A voter joining others in a vote goes with each of them, not they with each other")
  func joining() throws {
    #expect(
      try Self.pairs("Nicaragua joined Cuba, Syria and Belarus in voting against the resolution.")
        == [["Cuba", "Nicaragua"], ["Nicaragua", "Syria"], ["Belarus", "Nicaragua"]])
  }

  @Test("Countries listed in a sentence about no vote, or far from its side, vote with nobody")
  func noVote() throws {
    #expect(try Self.pairs("Chile and Peru fought a war against Bolivia.").isEmpty)
    #expect(try Self.pairs("Chile and Peru, long rivals in the Pacific and in trade, later lost the vote.").isEmpty)
  }
}
