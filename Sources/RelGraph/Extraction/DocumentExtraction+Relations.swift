extension DocumentExtraction {
  /// `holds_office` (a country) or `affiliated_with` (an organization) from a titled person.
  mutating func relateOffice(of sighting: PersonSighting) {
    guard let person = people.id(of: sighting.name) else { return }
    var attributes: [String: String] = [:]
    if let role = sighting.role { attributes["role"] = role }
    if let country = sighting.country {
      relate(
        person, .holdsOffice, Gazetteer.countryID(named: country), sentence: sighting.sentence, rule: sighting.rule,
        attributes: attributes)
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

  static let negations: Set<String> = ["not", "never", "n't", "no", "nunca", "neither", "nor", "refused", "declined"]

  /// Whether a negation stands within three words before the trigger at `position` ("did not sign").
  func isNegated(_ position: Int, _ tokens: [Token]) -> Bool {
    tokens[max(0, position - 3)..<position].contains { $0.classes.contains(.negation) }
  }

  /// Applies every trigger-word rule to sentence `index`.
  mutating func applyRelationRules(to index: Int) {
    let tokens = sentences[index].tokens
    let found = mentions[index]
    guard found.count >= 2 else { return }
    for (position, token) in tokens.enumerated()
    where !token.classes.isDisjoint(with: .relationTrigger) && !isNegated(position, tokens) {
      let classes = token.classes
      // The word after the trigger, which some triggers need ("sale of", "ties with").
      func nextIs(_ words: StaticString...) -> Bool {
        position + 1 < tokens.count && tokens[position + 1].is(oneOf: words)
      }
      if classes.contains(.visit) {
        relateVisit(at: position, index)
      } else if classes.contains(.meeting) {
        relateMeeting(at: position, index)
      } else if classes.contains(.selling) || (token.is("sale") && nextIs("of"))
        || (classes.contains(.sending) && !SupplyItems.items(in: tokens, after: position).isEmpty)
      {
        relateSupply(at: position, index, sellerFirst: true)
      } else if classes.contains(.buying) {
        relateSupply(at: position, index, sellerFirst: false)
      } else if classes.contains(.alliance) {
        relateSymmetric(.alliedWith, at: position, index, rule: "alliance-word")
      } else if classes.contains(.cooperation) || (classes.contains(.ties) && nextIs("with", "between", "con", "entre"))
      {
        relateSymmetric(.cooperatesWith, at: position, index, rule: "cooperation-word")
      } else if classes.contains(.support) || (token.is("side") && nextIs("with"))
        || (token.is("support") && nextIs("for"))
      {
        relateStance(.supports, at: position, index, rule: "support-word")
      } else if classes.contains(.opposition) || (token.is("demanded") && nextIs("answers", "explanations")) {
        relateStance(.opposes, at: position, index, rule: "opposition-word")
      } else if classes.contains(.embassy) {
        relateEmbassy(at: position, index)
      } else if classes.contains(.membership),
        !token.is("joined")
          || found.contains(where: { $0.kind == .organization && $0.range.lowerBound == position + 1 })
      {
        relateMembership(at: position, index)
      }
    }
    relateVotes(index)
  }

  // MARK: - Helpers over mentions

  /// Mentions that can stand as an argument: not plural demonyms ("Iranians" are people). A
  /// sentence without them, as most are, shares its list rather than copying every mention.
  private func arguments(_ index: Int) -> [Mention] {
    mentions[index].contains(where: \.isPlural) ? mentions[index].filter { !$0.isPlural } : mentions[index]
  }

  /// The country a mention stands for: the country itself, or the country a person holds office in.
  private func country(of mention: Mention) -> EntityID? {
    switch mention.kind {
    case .country: mention.id
    case .person: people.officeCountry(of: mention.id).map(Gazetteer.countryID(named:))
    default: nil
    }
  }

  /// The subject of the verb at `position`: the nearest entity before it, skipping an appositive
  /// that closes just before the verb ("X, director of Y, criticized Z" gives X).
  private func subject(before position: Int, _ index: Int) -> Mention? {
    let tokens = sentences[index].tokens
    let before = arguments(index).filter {
      $0.range.upperBound <= position && !$0.isPossessive && $0.kind != .agreement
    }
    guard let nearest = before.last else { return nil }
    if position > 0, tokens[position - 1].is(","),
      let opening = tokens[..<nearest.range.lowerBound].lastIndex(where: { $0.is(",") }),
      let outer = before.last(where: { $0.range.upperBound <= opening })
    {
      return outer
    }
    return nearest
  }

  // MARK: - Rules

  /// "X visited Y", "on a visit to Y, X …", "visits by X to Y": the visitor is the nearest person
  /// (else country) from another country than the destination.
  private mutating func relateVisit(at position: Int, _ index: Int) {
    let found = arguments(index)
    guard
      let destination = found.first(where: { $0.range.lowerBound > position && $0.kind == .country && !$0.isPossessive }
      )
    else { return }
    let visitors = found.filter {
      $0.id != destination.id && ($0.kind == .person || $0.kind == .country) && country(of: $0) != destination.id
    }
    let nearest =
      visitors.filter { $0.kind == .person }.min {
        abs($0.range.lowerBound - position) < abs($1.range.lowerBound - position)
      }
      ?? visitors.last { $0.range.upperBound <= position && !$0.isPossessive }
    guard let visitor = nearest else { return }
    relate(visitor.id, .visited, destination.id, sentence: index, rule: "visit-word")
  }

  /// "A met B", "A and B exchanged …", "encuentro con B": two distinct people of the sentence.
  private mutating func relateMeeting(at position: Int, _ index: Int) {
    var persons: [Mention] = []
    for mention in arguments(index) where mention.kind == .person && !persons.contains(where: { $0.id == mention.id }) {
      persons.append(mention)
    }
    guard persons.count >= 2 else { return }
    let before = persons.last { $0.range.upperBound <= position } ?? persons[0]
    let after =
      persons.first { $0.range.lowerBound > position && $0.id != before.id } ?? persons.first { $0.id != before.id }!
    relate(before.id, .met, after.id, sentence: index, rule: "meeting-word")
  }

  /// "X sold to Y drones", "the sale of … to Y" (seller first) and "Y bought drones from X",
  /// "Y is interested in obtaining Iranian drones" (buyer first), with the items named.
  private mutating func relateSupply(at position: Int, _ index: Int, sellerFirst: Bool) {
    let found = arguments(index).filter { $0.kind == .country || $0.kind == .organization }
    let before =
      found.last { $0.range.upperBound <= position && !$0.isPossessive }
      ?? found.last { $0.range.upperBound <= position }
    guard let first = before else { return }
    guard let second = found.first(where: { $0.range.lowerBound > position && $0.id != first.id }) else { return }
    let (seller, buyer) = sellerFirst ? (first, second) : (second, first)
    let items = SupplyItems.items(in: sentences[index].tokens, after: position)
    relate(
      seller.id, .supplies, buyer.id, sentence: index, rule: sellerFirst ? "sale-word" : "purchase-word", items: items)
  }

  /// Alliance or cooperation: "between X and Y", "X's allies … A and B", "ties with A, B and C",
  /// or the two countries of the sentence.
  private mutating func relateSymmetric(_ kind: RelationKind, at position: Int, _ index: Int, rule: String) {
    let tokens = sentences[index].tokens
    var countries: [Mention] = []
    for mention in arguments(index) {
      guard let id = country(of: mention), !countries.contains(where: { country(of: $0) == id }) else { continue }
      countries.append(mention, reservingAtFirst: 4)
    }
    let ids = countries.compactMap { country(of: $0) }
    // "between" counts within three words of the trigger: only those are read, not the rest of the sentence.
    if let between = tokens[position...].prefix(4).firstIndex(where: { $0.is(oneOf: ["between", "entre"]) }) {
      let pair = arguments(index).filter { $0.range.lowerBound > between }.prefix(2).compactMap { country(of: $0) }
      if pair.count == 2 { relate(pair[0], kind, pair[1], sentence: index, rule: rule) }
      return
    }
    if let owner = countries.first(where: {
      $0.isPossessive && $0.range.upperBound <= position && position - $0.range.upperBound <= 4
    }), let ownerID = country(of: owner) {
      for other in ids where other != ownerID { relate(ownerID, kind, other, sentence: index, rule: rule) }
      return
    }
    if position + 1 < tokens.count, tokens[position + 1].is(oneOf: ["with", "con"]),
      let subject = countries.last(where: { $0.range.upperBound <= position }).flatMap({ country(of: $0) })
    {
      for other in countries where other.range.lowerBound > position {
        if let id = country(of: other) { relate(subject, kind, id, sentence: index, rule: rule) }
      }
      return
    }
    if ids.count == 2 { relate(ids[0], kind, ids[1], sentence: index, rule: rule) }
  }

  /// Support or opposition: the nearest entity before the trigger (a possessive just before it,
  /// as in "UNHRC's condemnation of Iran", or the subject), toward the first entity after it,
  /// an agreement if the sentence names one.
  private mutating func relateStance(_ kind: RelationKind, at position: Int, _ index: Int, rule: String) {
    let found = arguments(index)
    let owner = found.last { $0.isPossessive && $0.range.upperBound + 1 == position }
    guard let source = owner ?? subject(before: position, index) else { return }
    let boundary = clauseEnd(after: position, index)
    let after = found.filter { $0.range.lowerBound > position && $0.range.lowerBound < boundary && $0.id != source.id }
    guard let target = after.first(where: { $0.kind == .agreement }) ?? after.first else { return }
    relate(source.id, kind, target.id, sentence: index, rule: rule)
  }

  /// Where the clause of the word at `position` ends: at ";", at "while", "but" and the like, or
  /// at "and"/"y" that follows no entity (a list of entities goes on; a new verb phrase does not).
  private func clauseEnd(after position: Int, _ index: Int) -> Int {
    let tokens = sentences[index].tokens
    let ends = Set(mentions[index].map(\.range.upperBound))
    for cursor in position + 1..<max(tokens.count, position + 1) {
      let word = tokens[cursor]
      if word.is(oneOf: [";", "while", "but", "whereas", "although", "mientras", "pero", "aunque"]) { return cursor }
      if word.is(oneOf: ["and", "y"]), !ends.contains(cursor) { return cursor }
    }
    return tokens.count
  }

  /// "X opened an embassy in Y", "the Iranian embassy in La Paz", "X moved its embassy from A to B".
  private mutating func relateEmbassy(at position: Int, _ index: Int) {
    let tokens = sentences[index].tokens
    let found = arguments(index).filter { $0.kind == .country }
    let owner =
      found.last { $0.range.upperBound == position || ($0.isPossessive && $0.range.upperBound + 1 == position) }
      ?? found.last { $0.range.upperBound <= position && !$0.isPossessive }
    guard let owner else { return }
    var targets: [Mention] = []
    if let from = tokens[position...].firstIndex(where: { $0.is(oneOf: ["from", "de"]) }),
      let to = tokens[from...].firstIndex(where: { $0.is(oneOf: ["to", "a"]) }),
      let destination = found.first(where: { $0.range.lowerBound > to })
    {
      targets.append(destination)
      if let origin = found.first(where: { $0.range.lowerBound > from && $0.range.upperBound <= to }) {
        targets.append(origin)
      }
    } else if let preposition = tokens[position...].prefix(4).firstIndex(where: { $0.is(oneOf: ["in", "en"]) }),
      let place = found.first(where: { $0.range.lowerBound > preposition && $0.range.lowerBound <= preposition + 3 })
    {
      targets.append(place)
    }
    for target in targets where target.id != owner.id {
      relate(owner.id, .embassyIn, target.id, sentence: index, rule: "embassy-word")
    }
  }

  /// "X is a member of O", "X joined O", "X es miembro de O y de P".
  private mutating func relateMembership(at position: Int, _ index: Int) {
    let found = arguments(index)
    guard let member = found.last(where: { $0.kind == .country && $0.range.upperBound <= position }) else { return }
    let boundary = clauseEnd(after: position, index)
    for body in found
    where body.kind == .organization && body.range.lowerBound > position && body.range.lowerBound < boundary {
      relate(member.id, .memberOf, body.id, sentence: index, rule: "membership-word")
    }
  }

  /// "X joined A, B and C in voting …", "X voted with A and B": one `voted_with` per country
  /// listed before the voting word. Abstainers give none.
  private mutating func relateVotes(_ index: Int) {
    let tokens = sentences[index].tokens
    guard tokens.contains(where: { $0.classes.contains(.voting) }),
      let link = tokens.firstIndex(where: { $0.is(oneOf: ["joined", "alongside", "with", "junto", "con", "sided"]) })
    else { return }
    let end = tokens[link...].firstIndex { $0.classes.contains(.voting) } ?? tokens.count
    // "… abstained from voting were A, B": abstainers vote with nobody. An abstention in a later
    // clause ("…, while Brazil abstained") leaves the list before it alone.
    guard !tokens[..<end].contains(where: { $0.classes.contains(.abstention) }) else { return }
    let countries = arguments(index).filter { $0.kind == .country }
    guard let voter = countries.last(where: { $0.range.upperBound <= link }) else { return }
    for partner in countries
    where partner.range.lowerBound > link && partner.range.upperBound <= end && partner.id != voter.id
      && !partner.isPossessive
    {
      relate(voter.id, .votedWith, partner.id, sentence: index, rule: "vote-coordination")
    }
  }
}
