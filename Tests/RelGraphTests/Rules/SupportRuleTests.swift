import Testing

@testable import RelGraph

@Suite struct SupportRuleTests {
  @Test(
    "Backing, welcoming, approving and siding with support their target, in English and Spanish",
    arguments: [
      ("Brazil welcomed Colombia's decision.", "Brazil", "Colombia"),
      ("Chile sided with Peru in the dispute.", "Chile", "Peru"),
      ("Egypt, long a rival of Ethiopia, has supported Somalia.", "Egypt", "Somalia"),
      ("México respaldó a Bolivia en la cumbre.", "Mexico", "Bolivia"),
      ("After months of delay, Chile approved Peru's bid to join the bloc.", "Chile", "Peru"),
      ("El congreso de Chile ratificó la candidatura de Perú.", "Chile", "Peru"),
      ("Chile expressed its solidarity with Ecuador after the floods.", "Chile", "Ecuador"),
    ])
  func supports(sentence: String, holder: String, target: String) throws {
    #expect(try Fixtures.graph(sentence).has(holder, .supports, target))
  }

  @Test("Stopping support is no support")
  func stopped() throws {
    let graph = try Fixtures.graph("Japan asked Korea to stop supporting Laos.")
    #expect(graph.relations.allSatisfy { $0.kind != .supports })
  }

  @Test("A pronoun object names no target: a country later in the sentence is not it")
  func pronounObject() throws {
    let graph = try Fixtures.graph(
      "Allies of Moldova, Romania first, promised to stand by them in the fight against Russia.")
    #expect(!graph.has("Romania", .supports, "Russia") && !graph.has("Moldova", .supports, "Russia"))
  }
}
