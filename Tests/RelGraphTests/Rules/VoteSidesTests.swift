import Testing

@testable import RelGraph

@Suite struct VoteSidesTests {
  static func pairs(_ text: String) throws -> Set<[String]> { try VoteRuleTests.pairs(text) }

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

  @Test("Lists on two sides never vote together across them; a list of abstainers alone pairs nobody")
  func sidesApart() throws {
    #expect(
      try Self.pairs("In the vote, Chile and Peru voted in favour, while Laos and Cuba abstained from voting.")
        == [["Chile", "Peru"]])
    #expect(try Self.pairs("Laos and Cuba abstained in the vote.").isEmpty)
  }

  @Test("Countries of one side named in different sentences vote together, abstainers too")
  func acrossSentences() throws {
    let text = """
      The motion failed: 30 voted against, including Chile. Laos abstained.
      In the region, Peru and Cuba voted against the text, while Fiji abstained.
      Tonga voted in favour.
      """
    #expect(try Self.pairs(text) == [["Chile", "Peru"], ["Chile", "Cuba"], ["Cuba", "Peru"], ["Fiji", "Laos"]])
    #expect(
      try Self.pairs("Los que votaron a favor fueron Chile y Perú. Bolivia también votó a favor.")
        == [["Chile", "Peru"], ["Bolivia", "Chile"], ["Bolivia", "Peru"]])
  }

  @Test("An article where a country takes two sides reports two votes: sides pair only within a sentence")
  func twoVotes() throws {
    let text = """
      On the first text, Chile and Peru voted against. Cuba also voted against it.
      On the second, Chile voted in favour.
      """
    #expect(try Self.pairs(text) == [["Chile", "Peru"]])
  }

  @Test("A side's word just before a country is said of it, and a sentence about no vote has no side")
  func notSides() throws {
    #expect(try Self.pairs("The vote on sanctions against Iran passed; Chile voted in favour.").isEmpty)
    #expect(try Self.pairs("Chile and Peru fought a war against Bolivia.").isEmpty)
    #expect(try Self.pairs("Chile and Peru, long rivals in the Pacific and in trade, later lost the vote.").isEmpty)
  }
}
