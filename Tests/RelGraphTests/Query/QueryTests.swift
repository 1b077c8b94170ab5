import Testing

@testable import RelGraph

@Suite struct QueryTests {
  @Test("Lookup accepts ids, names and aliases, ignoring case and accents")
  func lookup() throws {
    let graph = try Fixtures.europe()
    for name in ["country:france", "France", "paris", "FRENCH", "Frañce"] {
      #expect(try graph.entity(named: name).id == "country:france")
    }
  }

  @Test("Name keys fold case, accents, periods, spacing, quote and dash styles and a leading \"the\", in ASCII and not")
  func nameKeys() {
    #expect(NameKey.of("The  U.S.\tState Department") == "u s state department")
    #expect(NameKey.of("THE ISLAMIC REPUBLIC") == "islamic republic")
    #expect(NameKey.of(".Theo Frank.") == "theo frank")
    #expect(NameKey.of("Miguel Díaz–Canel") == NameKey.of("miguel diaz-canel"))
    #expect(NameKey.of("The Côte d’Ivoire\u{A0}Pact") == "cote d'ivoire pact")
    #expect(NameKey.of("“Plan Cóndor”") == "\"plan condor\"")
    #expect(NameKey.of("") == "")
  }

  @Test("An unknown name fails, naming it and suggesting close names")
  func unknownName() throws {
    let graph = try Fixtures.europe()
    #expect(throws: GraphError.unknownEntity("Frence", suggestions: ["France"])) { try graph.entity(named: "Frence") }
  }

  @Test("Neighbors come back nearest first, then by name, with their relations")
  func neighbors() throws {
    let graph = try Fixtures.europe()
    let found = try graph.neighbors(of: "country:france")
    #expect(found.map(\.entity.name) == ["Emmanuel Macron", "European Union", "Germany"])
    #expect(found[1].relations.first?.evidence.first?.document == "eu.txt")
  }

  @Test("Depth, kinds and direction restrict the neighbors")
  func restrictedNeighbors() throws {
    let graph = try Fixtures.europe()
    #expect(
      try graph.neighbors(of: "person:emmanuel-macron", depth: 2).map(\.entity.name)
        == ["France", "European Union", "Germany"])
    #expect(try graph.neighbors(of: "country:france", kinds: [.memberOf]).map(\.entity.name) == ["European Union"])
    #expect(
      try graph.neighbors(of: "country:france", direction: .outgoing).map(\.entity.name) == [
        "European Union", "Germany",
      ])
    #expect(
      try graph.neighbors(of: "country:france", direction: .incoming).map(\.entity.name) == [
        "Emmanuel Macron", "Germany",
      ])
  }

  @Test("Paths are shortest by hops, following relations either way")
  func paths() throws {
    let graph = try Fixtures.europe()
    let path = try #require(try graph.path(from: "person:emmanuel-macron", to: "organization:european-union"))
    #expect(path.map(\.kind) == [.holdsOffice, .memberOf])
    var island = graph
    island.add(Entity(name: "Nauru", kind: .country))
    #expect(try island.path(from: "country:nauru", to: "country:france") == nil)
  }

  @Test("A neighborhood is a subgraph holding only the entities reached")
  func neighborhood() throws {
    let graph = try Fixtures.europe()
    let sub = try graph.neighborhood(of: "organization:european-union")
    #expect(Set(sub.entities.keys) == ["organization:european-union", "country:france", "country:germany"])
    #expect(sub.relations.count == 3)
  }

  @Test("Relations between two entities come sorted by source, then kind, whichever way each goes")
  func relationsBetweenAreSorted() throws {
    let graph = try Fixtures.longArticleGraph()
    let found = try graph.relations(between: "country:bolivia", and: "country:iran")
    #expect(found.count >= 4)
    #expect(found.map(\.key) == found.map(\.key).sorted())
    #expect(Set(found.map(\.source)).count == 2)
  }

  @Test("Suggestions for an unknown name pass over names too long to compare")
  func longNamesInSuggestions() throws {
    var graph = RelationshipGraph()
    graph.add(Entity(name: String(repeating: "x", count: 100_000), kind: .person))
    graph.add(Entity(name: "Bolivia", kind: .country))
    #expect(throws: GraphError.unknownEntity("Bolivya", suggestions: ["Bolivia"])) {
      try graph.entity(named: "Bolivya")
    }
    #expect(throws: GraphError.unknownEntity(String(repeating: "y", count: 5000), suggestions: [])) {
      try graph.entity(named: String(repeating: "y", count: 5000))
    }
  }

  @Test("The most connected entities come first, ties by id")
  func mostConnected() throws {
    var graph = RelationshipGraph()
    for name in ["Chile", "Peru", "Bolivia", "Ecuador"] { graph.add(Entity(name: name, kind: .country)) }
    try graph.add(Relation(source: "country:chile", kind: .supplies, target: "country:peru"))
    try graph.add(Relation(source: "country:chile", kind: .supports, target: "country:bolivia"))
    try graph.add(Relation(source: "country:ecuador", kind: .opposes, target: "country:peru"))
    #expect(graph.mostConnected(3) == ["country:chile", "country:peru", "country:bolivia"])
  }
}
