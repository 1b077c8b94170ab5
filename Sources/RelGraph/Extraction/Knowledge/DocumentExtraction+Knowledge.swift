extension DocumentExtraction {
  /// `holds_office` from ``knowledge`` for each person the text gives no office and no role in a
  /// body: the tenures of
  /// the person's names that cover the article's date, or, for a person named by one word after
  /// a title ("President Biden"), the tenures of that title held by someone of that family name;
  /// when they name several countries, the one the article names, if only one. The evidence is
  /// the sentence that first names the person.
  mutating func relateKnownOffices(of sightings: [PersonSighting]) {
    var placed: Set<EntityID> = []
    var rolesByPerson: [EntityID: Set<String>] = [:]
    for sighting in sightings {
      if let role = sighting.role, let person = people.id(of: sighting.name) {
        rolesByPerson[person, default: []].insert(role)
      }
    }
    for sighting in sightings {
      // The text's word wins: a person it gives an office, or a role in a body ("NATO Secretary
      // General Mark Rutte"), takes no other office from knowledge.
      guard let person = people.id(of: sighting.name), !placed.contains(person),
        !graph.relations.contains(where: {
          $0.source == person && ($0.kind == .holdsOffice || $0.kind == .affiliatedWith)
        }),
        let entity = people.person(person)
      else { continue }
      placed.insert(person)
      var tenures = entity.allNames.flatMap { knowledge.tenures(ofPersonNamed: $0, on: documentDate) }
      if tenures.isEmpty {
        tenures = rolesByPerson[person, default: []].flatMap { role in
          entity.allNames.flatMap { knowledge.tenures(ofFamilyName: $0, role: role, on: documentDate) }
        }
      }
      var countries = Set(tenures.map(\.country))
      if countries.count > 1 {
        let named = Set(self.countries.joined().map(\.entry.canonical))
        countries.formIntersection(named)
      }
      guard countries.count == 1, let country = countries.first,
        let tenure = tenures.first(where: { $0.country == country })
      else { continue }
      people.placeFromKnowledge(person, in: country)
      relate(
        person, .holdsOffice, countryEntity(country), sentence: sighting.sentence, rule: "knowledge",
        attributes: ["role": sighting.role ?? tenure.role], confidence: Self.knowledgeConfidence)
    }
  }

  /// The confidence of an office read from knowledge rather than from the text.
  static let knowledgeConfidence = 0.7
}
