import Testing

@testable import RelGraph

@Suite struct RelationshipGraphTests {
  @Test("Ids derive from kind and a folded slug of the name")
  func stableIDs() {
    #expect(EntityID(kind: .organization, name: "La Nación").rawValue == "organization:la-nacion")
    #expect(EntityID(kind: .person, name: "Evo  Morales").rawValue == "person:evo-morales")
    #expect(EntityID(kind: .country, name: "<>").rawValue == "country:u3c-3e")
    #expect(EntityID(kind: .agreement, name: " -G7 Accord, 2023- ").rawValue == "agreement:g7-accord-2023")
    #expect(EntityID(kind: .organization, name: "Île-de-France 北京").rawValue == "organization:ile-de-france-北京")
    #expect(EntityID(kind: .person, name: "").rawValue == "person:u")
  }

  @Test("Adding an entity twice merges aliases and keeps the first name")
  func entityMerge() {
    var graph = RelationshipGraph()
    graph.add(Entity(name: "Iran", kind: .country, aliases: ["Tehran"]))
    graph.add(Entity(name: "Iran", kind: .country, aliases: ["Iranian", "Tehran"]))
    #expect(graph.entities.count == 1)
    #expect(graph.entities["country:iran"]?.aliases == ["Iranian", "Tehran"])
  }

  @Test("An entity is named by its name and each alias, in any order they were added, and by nothing else")
  func entityNames() {
    var entity = Entity(name: "Iran", kind: .country, aliases: ["Tehran", "Persia", "", "Iran"])
    entity.addAliases(["Iranian", "Persia", "Tehran"])
    entity.addAliases(["Irán", "Ahvaz", "Zahedan"])
    #expect(entity.aliases == ["Ahvaz", "Iranian", "Irán", "Persia", "Tehran", "Zahedan"])
    for name in entity.allNames { #expect(entity.isNamed(name)) }
    for name in ["", "iran", "Iraq", "Aaa", "Zz", "Persian", "Teheran"] { #expect(!entity.isNamed(name)) }
  }

  @Test("Symmetric relations are one relation whichever way they are written")
  func symmetricRelations() throws {
    var graph = try Fixtures.europe()
    try graph.add(Relation(source: "country:france", kind: .alliedWith, target: "country:germany"))
    #expect(graph.relations.filter { $0.kind == .alliedWith }.count == 1)
    #expect(graph.relation(from: "country:france", .alliedWith, to: "country:germany") != nil)
    #expect(graph.relation(from: "country:union", .memberOf, to: "country:france") == nil)
  }

  @Test("Merging graphs concatenates evidence and keeps one node per entity")
  func graphMerge() throws {
    var first = try Fixtures.europe()
    var second = RelationshipGraph()
    second.add(Entity(name: "France", kind: .country, aliases: ["République française"]))
    second.add(Entity(name: "European Union", kind: .organization))
    let other = Evidence(document: "b.txt", sentence: "France belongs to the EU.", start: 5, end: 30)
    try second.add(
      Relation(
        source: "country:france", kind: .memberOf, target: "organization:european-union", rules: ["b"],
        evidence: [other]))
    first.merge(second)
    #expect(first.entities.count == 4)
    #expect(first.entities["country:france"]?.aliases.contains("République française") == true)
    let membership = try #require(first.relation(from: "country:france", .memberOf, to: "organization:european-union"))
    #expect(membership.evidence.map(\.document) == ["eu.txt", "b.txt"])
  }

  @Test("Merging a relation adds the rules, items and evidence it lacks, each once, and keeps the higher confidence")
  func relationMerge() {
    let first = Evidence(document: "a.txt", sentence: "A.", start: 0, end: 2)
    let second = Evidence(document: "b.txt", sentence: "B.", start: 0, end: 2)
    var relation = Relation(
      source: "country:iran", kind: .supplies, target: "country:bolivia", items: ["drones"], confidence: 0.5,
      rules: ["sale-word", "supply-word"], evidence: [first])
    relation.merge(
      Relation(
        source: "country:iran", kind: .supplies, target: "country:bolivia", items: ["boats", "drones"], confidence: 0.9,
        rules: ["supply-word", "sale"], evidence: [second, first]))
    #expect(relation.rules.names == ["sale", "sale-word", "supply-word"])
    #expect(relation.items == ["drones", "boats"])
    #expect(relation.evidence == [first, second])
    #expect(relation.confidence == 0.9)
  }

  @Test("After merging and joining, every entity is found by each of its names, and a shared name by neither")
  func namesAfterMerging() throws {
    var merged = try Fixtures.europe()
    var second = RelationshipGraph()
    second.add(Entity(name: "France", kind: .country, aliases: ["République française"]))
    second.add(Entity(name: "Emmanuel Macron", kind: .person, aliases: ["Macron", "E. Macron"]))
    second.add(Entity(name: "Brigitte Macron", kind: .person, aliases: ["Macron"]))
    second.add(Entity(name: "Olaf Scholz", kind: .person, aliases: ["Scholz"]))
    merged.merge(second)
    for name in ["Paris", "republique francaise", "E. Macron", "Brigitte Macron", "Scholz", "country:germany"] {
      #expect((try? merged.entity(named: name)) != nil, "\(name)")
    }
    #expect(
      throws: GraphError.ambiguousEntity("Macron", candidates: ["person:brigitte-macron", "person:emmanuel-macron"])
    ) {
      try merged.entity(named: "Macron")
    }
    let joined = merged.mergingEntities(["person:olaf-scholz": (into: "person:emmanuel-macron", reason: "test")])
    #expect(try joined.entity(named: "Scholz").id == "person:emmanuel-macron")
    #expect(try joined.entity(named: "Olaf Scholz").id == "person:emmanuel-macron")
    #expect((try? joined.entity(named: "person:olaf-scholz")) == nil)
    // Joining consumes a graph that nobody else holds; one still held is left as it was.
    #expect(try merged.entity(named: "Olaf Scholz").id == "person:olaf-scholz")
    #expect(merged.entities.count == joined.entities.count + 1)
  }

  @Test(
    "Relations keep their ends through a merge of graphs that added their entities in other orders, and through joining"
  )
  func relationEndsAfterMerging() throws {
    var second = RelationshipGraph()
    for name in ["Olaf Scholz", "E. Macron"] { second.add(Entity(name: name, kind: .person)) }
    second.add(Entity(name: "Germany", kind: .country))
    second.add(Entity(name: "France", kind: .country))
    try second.add(Relation(source: "person:olaf-scholz", kind: .holdsOffice, target: "country:germany"))
    try second.add(Relation(source: "person:e-macron", kind: .met, target: "person:olaf-scholz"))
    try second.add(Relation(source: "country:france", kind: .alliedWith, target: "country:germany", rules: ["b"]))
    var merged = try Fixtures.europe()
    merged.merge(second)
    #expect(merged.relations.count == 6)
    #expect(merged.relation(from: "country:germany", .alliedWith, to: "country:france")?.rules == ["b"])
    #expect(try merged.relations(between: "country:germany", and: "person:olaf-scholz").map(\.kind) == [.holdsOffice])
    let joined = merged.mergingEntities(["person:e-macron": (into: "person:emmanuel-macron", reason: "test")])
    #expect(
      try joined.neighbors(of: "person:emmanuel-macron").map(\.entity.id) == ["country:france", "person:olaf-scholz"])
    #expect(
      try joined.neighbors(of: "organization:european-union").map(\.entity.id) == ["country:france", "country:germany"])
    #expect(try joined.relations(between: "person:olaf-scholz", and: "country:germany").map(\.kind) == [.holdsOffice])
    #expect(joined.relation(from: "person:olaf-scholz", .met, to: "person:emmanuel-macron") != nil)
    #expect(joined.relations.count == 6)
  }

  @Test("Copies of a graph find names by their own entities, whether the first lookup came before the copy or after")
  func namesOfCopies() throws {
    for looksUpFirst in [false, true] {
      var original = RelationshipGraph()
      original.add(Entity(name: "Iran", kind: .country, aliases: ["Tehran"]))
      if looksUpFirst { #expect(try original.entity(named: "tehran").id == "country:iran") }
      var copy = original
      copy.add(Entity(name: "Iran", kind: .country, aliases: ["Persia"]))
      copy.add(Entity(name: "Bolivia", kind: .country))
      #expect(try copy.entity(named: "Persia").id == "country:iran")
      #expect(try copy.entity(named: "bolivia").id == "country:bolivia")
      #expect((try? original.entity(named: "Persia")) == nil)
      #expect((try? original.entity(named: "Bolivia")) == nil)
      #expect(try original.entity(named: "Tehran").id == "country:iran")
      // A name added after a lookup is found by the next.
      original.add(Entity(name: "Chile", kind: .country))
      #expect(try original.entity(named: "Chile").id == "country:chile")
    }
  }

  @Test("Lookups from many tasks at once, the first building the index, all find the same")
  func concurrentLookups() async throws {
    let graph = try Fixtures.europe()
    let names = graph.entities.values.map(\.name)
    let found = await withTaskGroup(of: [EntityID?].self) { group in
      for _ in 0..<8 { group.addTask { names.map { try? graph.entity(named: $0).id } } }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(found.count == 8)
    #expect(found.allSatisfy { $0 == graph.entities.values.map(\.id) })
  }

  @Test("A relation to an unknown entity is refused")
  func missingEndpoint() {
    var graph = RelationshipGraph()
    graph.add(Entity(name: "Chile", kind: .country))
    #expect(throws: GraphError.missingEndpoint("country:peru")) {
      try graph.add(Relation(source: "country:chile", kind: .alliedWith, target: "country:peru"))
    }
  }

  @Test("Sorted relations list every relation once, by source, kind and target, as the JSON does")
  func sortedRelations() throws {
    let graph = try Fixtures.longArticleGraph()
    let sorted = graph.sortedRelations
    #expect(Set(sorted) == Set(graph.relations) && sorted.count == graph.relations.count)
    #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.key < $1.key })
    let decoded = try NodeLinkJSON.decode(NodeLinkJSON.encode(graph))
    #expect(decoded.relations.map(\.key) == sorted.map(\.key))
  }

  @Test("Each kind's ordinal is its place in allCases, which tables indexed by kind rely on")
  func ordinals() {
    #expect(RelationKind.allCases.map(\.ordinal) == Array(RelationKind.allCases.indices))
    #expect(Entity.Kind.allCases.map(\.ordinal) == Array(Entity.Kind.allCases.indices))
  }

  @Test("A relation key keeps every kind apart, whatever the ends' numbers up to the most a graph holds")
  func keysFitEveryKind() {
    typealias Key = RelationTable.NumberedKey
    #expect(1 << Key.kindBits >= RelationKind.allCases.count)
    #expect(2 * Key.endBits + Key.kindBits <= UInt64.bitWidth)
    let largest = RelationTable.maximumEntityCount - 1
    for ends in [
      RelationTable.Ends(source: 0, target: 0), .init(source: largest, target: largest),
      .init(source: largest, target: 0),
    ] {
      let keys = RelationKind.allCases.map { Key(ends: ends, kind: $0) }
      #expect(Set(keys).count == RelationKind.allCases.count)
      #expect(keys.map(\.kind) == RelationKind.allCases)
    }
    #expect(
      Key(ends: .init(source: largest, target: 0), kind: .met)
        != Key(ends: .init(source: 0, target: largest), kind: .met))
  }
}
