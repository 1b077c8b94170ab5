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

  @Test("A voter joining others in a vote goes with each of them, not they with each other")
  func joining() throws {
    #expect(
      try Self.pairs("Nicaragua joined Cuba, Syria and Belarus in voting against the resolution.")
        == [["Cuba", "Nicaragua"], ["Nicaragua", "Syria"], ["Belarus", "Nicaragua"]])
    #expect(
      try Self.pairs("Laos voted with Cuba and Belarus on the text.") == [["Cuba", "Laos"], ["Belarus", "Laos"]])
  }

  @Test("A link word without a voting word, or without a voter before it, joins nobody")
  func noCoordination() throws {
    #expect(try Self.pairs("Nicaragua joined Cuba and Syria at the summit.").isEmpty)
    #expect(try Self.pairs("With Cuba and Syria, the vote was close.").isEmpty)
  }
}
