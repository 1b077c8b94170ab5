import Testing

@testable import RelGraph

@Suite struct SplitMergeTests {
  /// Short articles in which people appear under their full names in some and partial names or
  /// other spellings in others, written for this test.
  static let articles = [
    "Brazilian President Luiz Inácio Lula da Silva visited Beijing on Monday.",
    "Lula da Silva met Chinese President Xi Jinping in Beijing.",
    "Lula later flew to Lima, where he met Peruvian President Ana María Quispe.",
    "President Quispe said Peru would sell copper to China.",
    "Xi backed Brazil's bid for a permanent seat; Chile condemned Peru.",
    "Mahmoud Ahmadinejad visited Caracas. Later, Mahmud Ahmadinejad met Hugo Chávez in Caracas.",
    "Hugo Chavez received the Iranian president, and Chávez thanked Iran.",
    "Peruvian Foreign Minister Jorge Paz met his Chilean counterpart Rosa Díaz in Santiago.",
  ]

  /// What a graph says, in a form that does not depend on the order things were added in.
  struct Content: Equatable {
    var entities: [String: String]
    var aliases: [String: [String]]
    var attributes: [String: [String: String]]
    var relations: [String: Set<String>]
    var relationFacts: [String: String]

    init(_ graph: RelationshipGraph) {
      entities = Dictionary(uniqueKeysWithValues: graph.entities.values.map { ($0.id.rawValue, $0.name) })
      aliases = Dictionary(uniqueKeysWithValues: graph.entities.values.map { ($0.id.rawValue, $0.aliases) })
      attributes = Dictionary(uniqueKeysWithValues: graph.entities.values.map { ($0.id.rawValue, $0.attributes) })
      let keyed = graph.relations.map { ("\($0.source) \($0.kind) \($0.target)", $0) }
      relations = Dictionary(
        uniqueKeysWithValues: keyed.map { key, relation in
          (key, Set(relation.evidence.map { "\($0.document) \($0.start) \($0.end)" }))
        })
      relationFacts = Dictionary(
        uniqueKeysWithValues: keyed.map { key, relation in
          (
            key,
            "\(relation.attributes.sorted { $0.key < $1.key }) \(Set(relation.items)) \(relation.confidence) \(relation.rules)"
          )
        })
    }
  }

  @Test("Any split of the articles, extracted apart and merged in any order, gives the joint graph", arguments: 1...12)
  func splitsMerge(seed: UInt64) throws {
    let documents = try Self.articles.enumerated().map { try TextDocument(name: "a\($0).txt", text: $1) }
    let joint = Content(Extractor().extract(documents))
    var generator = SeededGenerator(state: seed)
    let parts = Int.random(in: 2...4, using: &generator)
    var split = Array(repeating: [TextDocument](), count: parts)
    for document in documents { split[Int.random(in: 0..<parts, using: &generator)].append(document) }
    var merged = RelationshipGraph()
    for part in split.shuffled(using: &generator) where !part.isEmpty { merged.merge(Extractor().extract(part)) }
    let content = Content(merged.resolvingPeople())
    #expect(content.entities == joint.entities)
    for (id, aliases) in content.aliases where joint.aliases[id] != aliases {
      Issue.record("\(id): aliases \(aliases), joint \(joint.aliases[id] ?? [])")
    }
    for (id, attributes) in content.attributes where joint.attributes[id] != attributes {
      Issue.record("\(id): attributes \(attributes), joint \(joint.attributes[id] ?? [:])")
    }
    #expect(content.relations == joint.relations)
    for (key, facts) in content.relationFacts where joint.relationFacts[key] != facts {
      Issue.record("\(key): \(facts), joint \(joint.relationFacts[key] ?? "none")")
    }
  }

  @Test("The articles hold people that only other articles name in full")
  func articlesNeedJoining() throws {
    let documents = try Self.articles.enumerated().map { try TextDocument(name: "a\($0).txt", text: $1) }
    var apart = RelationshipGraph()
    for document in documents { apart.merge(Extractor().extract(document)) }
    #expect(Content(apart) != Content(Extractor().extract(documents)))
  }
}
