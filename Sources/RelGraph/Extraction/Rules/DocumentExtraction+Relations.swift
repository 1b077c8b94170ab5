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
  /// a trigger phrase and is not negated, the first rule that finds relations there.
  mutating func applyRelationRules(to index: Int) {
    let tokens = sentences[index].tokens
    let found = mentionsCarryingSubject(index)
    guard found.count >= 2 else { return }
    let sentence = SentenceView(tokens: tokens, mentions: found, people: people)
    // A word inside a trigger phrase already applied starts no other rule ("broken diplomatic ties with"),
    // nor does a word of a name ("the Pacific Alliance", "the Cooperation Council").
    var readUpTo = 0
    for position in tokens.indices where !tokens[position].classes.isDisjoint(with: RelationRules.triggerClass) {
      guard position >= readUpTo, !sentence.isNegated(position),
        !found.contains(where: { $0.range.contains(position) && $0.kind != .person && $0.kind != .country })
      else { continue }
      for (rule, phrase) in RelationRules.rules(at: position, in: tokens) {
        let relations = rule.relations(at: position, of: phrase, in: sentence)
        guard !relations.isEmpty else { continue }
        readUpTo = position + phrase.words.count
        for relation in relations {
          var attributes = relation.attributes
          attributes["trigger"] = attributes["trigger"] ?? phrase.description
          relate(
            relation.source, relation.kind, relation.target, sentence: index, rule: rule.name,
            attributes: attributes, items: relation.items)
        }
        break
      }
    }
  }

  /// Reads the sides of the vote sentence `index` may report (``VoteSides``).
  mutating func readVoteSides(of index: Int) {
    let tokens = sentences[index].tokens
    guard VoteSides.mayReport(tokens), mentions[index].contains(where: { $0.kind == .country }) else { return }
    voteSides.read(SentenceView(tokens: tokens, mentions: mentions[index], people: people), index: index)
  }

  /// `voted_with` between the countries of one side of the article's vote (``VoteSides``).
  mutating func relateVoteSides() {
    for pair in voteSides.pairs {
      relate(
        pair.source, .votedWith, pair.target, sentence: pair.sentence, rule: VoteSides.ruleName,
        attributes: ["trigger": pair.phrase.description])
    }
  }

  /// The mentions of sentence `index`, with a subject pronoun that opens it ("He also met …")
  /// standing for the first person the previous sentence of its paragraph names, or a phrase of
  /// `pair-anaphor` for its two countries (``carriedPair(_:)``).
  private func mentionsCarryingSubject(_ index: Int) -> [Mention] {
    let tokens = sentences[index].tokens
    guard index > 0, sentences[index - 1].paragraph == sentences[index].paragraph else { return mentions[index] }
    if let pair = carriedPair(index) { return pair + mentions[index] }
    guard let pronoun = tokens.prefix(3).firstIndex(where: { $0.classes.contains(.personalPronoun) }),
      !mentions[index].contains(where: { $0.range.lowerBound < pronoun }),
      let carried = mentions[index - 1].first(where: { $0.kind == .person })
    else { return mentions[index] }
    return [Mention(id: carried.id, kind: .person, range: pronoun..<pronoun + 1)] + mentions[index]
  }

  /// The two countries of the sentence before, standing where sentence `index` opens with a
  /// phrase of `pair-anaphor` ("Both had hosted X", "The two countries agreed to deepen ties"):
  /// a list of two, the first on the phrase's first word and the second after it (an empty
  /// range for a one-word phrase). `nil` unless the sentence before names exactly two countries.
  private func carriedPair(_ index: Int) -> [Mention]? {
    let tokens = sentences[index].tokens
    guard let start = tokens.prefix(2).indices.first(where: { tokens.phrase(.pairAnaphor, at: $0) != nil }),
      let phrase = tokens.phrase(.pairAnaphor, at: start),
      !mentions[index].contains(where: { $0.range.lowerBound < start + phrase.words.count })
    else { return nil }
    var countries: [EntityID] = []
    for mention in mentions[index - 1] where mention.kind == .country && !mention.isPlural {
      if !countries.contains(mention.id) { countries.append(mention.id) }
    }
    guard countries.count == 2 else { return nil }
    let end = start + phrase.words.count
    return [
      Mention(id: countries[0], kind: .country, range: start..<start + 1),
      Mention(id: countries[1], kind: .country, range: min(start + 1, end)..<end),
    ]
  }
}
