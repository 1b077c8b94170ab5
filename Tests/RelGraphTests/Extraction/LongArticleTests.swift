import Testing

@testable import RelGraph

@Suite struct LongArticleTests {
  @Test("A long article yields its countries, people and agreement, and nothing from web noise")
  func entities() throws {
    let graph = try Fixtures.longArticleGraph()
    #expect(graph.names(of: .country).isSuperset(of: ["Iran", "Bolivia", "Venezuela", "Argentina", "Egypt", "Spain"]))
    #expect(!graph.names(of: .country).contains("Israel"))
    #expect(
      graph.names(of: .person).isSuperset(of: [
        "Evo Morales", "Mohammad Reza Ashtiani", "Edmundo Novillo Aguilar", "Masoud Pezeshkian",
      ]))
    #expect(
      graph.entities.values.filter { $0.kind == .person && $0.allNames.contains { $0.hasSuffix("Pazeschkian") } }.count
        == 1)
    #expect(graph.entities.values.filter { $0.kind == .agreement }.count == 1)
    #expect(!graph.entities.values.contains { $0.allNames.contains("YouTube") || $0.allNames.contains("Youtube") })
  }

  @Test("A long article yields typed relations with evidence")
  func relations() throws {
    let graph = try Fixtures.longArticleGraph()
    #expect(graph.has("Iran", .supplies, "Bolivia"))
    #expect(graph.has("Evo Morales", .visited, "Iran"))
    #expect(graph.has("Bolivia", .embassyIn, "Iran"))
    let voted = Set(
      graph.relations.filter { $0.kind == .votedWith }.map {
        graph.entities[$0.source == "country:bolivia" ? $0.target : $0.source]!.name
      })
    #expect(voted == ["Bangladesh", "China", "Cuba", "Eritrea", "Kazakhstan", "Pakistan", "Vietnam"])
    #expect(graph.relations.allSatisfy { !$0.evidence.isEmpty })
  }

  @Test("Extracting documents in parallel gives the graph extracting them one by one gives")
  func parallelExtraction() async throws {
    let documents =
      try [Fixtures.longArticle, Fixtures.graphs.appendingPathComponent("iran-bolivia.txt")].map(Fixtures.document)
      + [try TextDocument(name: "c.txt", text: "President Morales met Peruvian President Ollanta Humala in Lima.")]
    let sequential = Extractor().extract(documents)
    let parallel = await Extractor().extract(documents, maxConcurrency: 3)
    #expect(parallel == sequential)
    #expect(NodeLinkJSON.encode(parallel) == NodeLinkJSON.encode(sequential))
  }

  @Test("Documents made as they are extracted give the same graph; the first failure to make one is thrown")
  func documentsMadeOnDemand() async throws {
    let texts = ["Iran sold drones to Bolivia.", "Evo Morales visited Tehran.", "Bolivia voted with Cuba at the UN."]
    let documents = try texts.enumerated().map { try TextDocument(name: "\($0.offset).txt", text: $0.element) }
    let made = try await Extractor().extract(count: texts.count, maxConcurrency: 2) { index in
      try TextDocument(name: "\(index).txt", text: texts[index])
    }
    #expect(made == Extractor().extract(documents))
    await #expect(throws: InputError.empty) {
      try await Extractor().extract(count: 5, maxConcurrency: 2) { index in
        try TextDocument(name: "\(index).txt", text: index == 3 ? " " : "Iran sold drones to Bolivia.")
      }
    }
  }
}
