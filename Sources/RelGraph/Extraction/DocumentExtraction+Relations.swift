extension DocumentExtraction {
  /// `holds_office` (a country) or `affiliated_with` (an organization) from a titled person.
  ///
  /// A title whose country the text does not give is held in the country its sentence names
  /// (``PersonSighting/isCountryInferred``), at a lower confidence, with the rule's name saying
  /// so ("title-context").
  mutating func relateOffice(of sighting: PersonSighting) {
    guard let person = people.id(of: sighting.name) else { return }
    var attributes: [String: String] = [:]
    if let role = sighting.role { attributes["role"] = role }
    if let country = sighting.country {
      relate(
        person, .holdsOffice, countryEntity(country), sentence: sighting.sentence,
        rule: sighting.isCountryInferred ? sighting.rule + "-context" : sighting.rule, attributes: attributes,
        confidence: sighting.isCountryInferred ? Self.inferredConfidence : nil)
    }
    if let organization = sighting.organization {
      let entity =
        Gazetteer.organizations.entry(named: organization).map { Entity(name: $0.canonical, kind: .organization) }
        ?? Entity(name: organization, kind: .organization)
      graph.add(entity)
      relate(
        person, .affiliatedWith, entity.id, sentence: sighting.sentence, rule: sighting.rule, attributes: attributes)
    }
  }

  /// The confidence of an office whose country is inferred rather than read.
  static let inferredConfidence = 0.6

  /// Applies the relation rules (``RelationRules``) to sentence `index`: at each word that starts
  /// a trigger phrase and is not negated, the first rule it starts.
  mutating func applyRelationRules(to index: Int) {
    let tokens = sentences[index].tokens
    guard mentions[index].count >= 2 else { return }
    let sentence = SentenceView(tokens: tokens, mentions: mentions[index], people: people)
    for position in tokens.indices where !tokens[position].classes.isDisjoint(with: RelationRules.triggerClass) {
      guard !sentence.isNegated(position), let (rule, phrase) = RelationRules.rule(at: position, in: tokens) else {
        continue
      }
      for found in rule.relations(at: position, of: phrase, in: sentence) {
        var attributes = found.attributes
        attributes["trigger"] = attributes["trigger"] ?? phrase.description
        relate(
          found.source, found.kind, found.target, sentence: index, rule: rule.name, attributes: attributes,
          items: found.items)
      }
    }
  }
}
