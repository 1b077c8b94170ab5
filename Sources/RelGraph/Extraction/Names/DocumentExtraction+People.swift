extension DocumentExtraction {
  /// The people sentence `index` introduces by a title ("Bolivian President Evo Morales"), a
  /// counterpart ("his Bolivian counterpart X"), a plural title with a list ("the defense
  /// ministers of A and B (X and Y, respectively)"), an appositive ("X, director of Y") or a
  /// known given name ("Joseph Humire").
  func findPeople(in index: Int) -> [PersonSighting] {
    let tokens = sentences[index].tokens
    let countries = self.countries[index]
    var found: [PersonSighting] = []
    var position = 0
    while position < tokens.count {
      // Each rule is called only at a token that can start what it finds, not at every token: a
      // word of a title for the first, a capital for the others.
      if !tokens[position].classes.isDisjoint(with: Self.titleStarts),
        let sightings = titledPeople(at: position, tokens, countries, sentence: index, previous: found),
        !sightings.isEmpty
      {
        found += sightings
        position = sightings.map(\.range.upperBound).max()!
      } else if tokens[position].isCapitalized,
        let sighting = rankedPerson(at: position, tokens, countries, sentence: index)
          ?? appositivePerson(at: position, tokens, countries, sentence: index)
          ?? reportingPerson(at: position, tokens, countries, sentence: index)
      {
        found.append(sighting)
        position = sighting.range.upperBound
      } else {
        position += 1
      }
    }
    return found.map { inferringCountry(of: $0, tokens, countries, others: found) }
  }

  /// `sighting`, given the country of the group its title is named in (``groupCountry(before:_:_:)``),
  /// or else of its sentence when its title names none and the sentence names one country, and
  /// only one, before the title ("In Caracas, President X said"): not in a quotation closed
  /// before the title, nor in an earlier clause ("Japan's minister signed, while Defense
  /// Secretary X …"), nor in another person's title, nor when a capitalised word the gazetteer
  /// does not know stands just before the title ("Ruritanian President X").
  private func inferringCountry(
    of sighting: PersonSighting, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)],
    others: [PersonSighting]
  ) -> PersonSighting {
    guard sighting.role != nil, sighting.country == nil, sighting.organization == nil else { return sighting }
    let start = sighting.range.lowerBound
    if let group = groupCountry(before: start, tokens, countries) {
      var placed = sighting
      placed.country = group
      return placed
    }
    // "Ruritanian President X": a capitalised word just before the title says whose it is, though the
    // gazetteer does not know it; the sentence's other country is not the title's.
    if start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
      !tokens[start - 1].classes.contains(.article)
    {
      return sighting
    }
    let clauseStart =
      (tokens[..<start].lastIndex {
        $0.is(oneOf: ["”", "»", "\"", "“", "«"]) || $0.classes.contains(.clauseBreak)
      }).map { $0 + 1 } ?? 0
    let before = Set(
      countries.filter { country in
        country.range.lowerBound >= clauseStart && country.range.upperBound <= start
          && !others.contains { $0.range.overlaps(country.range) }
      }.map(\.entry.canonical))
    guard before.count == 1 else { return sighting }
    var inferred = sighting
    inferred.country = before.first
    inferred.isCountryInferred = true
    return inferred
  }

  /// The country of a group the title at `start` is named as one of: "six Canadian diplomats,
  /// including Chargé d'Affaires X and Deputy High Commissioner Y" (a country, a plural title and
  /// a word of `such-as`, within ``groupReach`` words before the title).
  private func groupCountry(
    before start: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)]
  ) -> String? {
    guard
      let example = tokens[max(0, start - Self.groupReach)..<start].lastIndex(where: {
        $0.classes.contains(.suchAs)
      })
    else { return nil }
    var plural = example - 1
    if plural >= 0, tokens[plural].is(",") { plural -= 1 }
    guard plural > 0, tokens[plural].classes.contains(.pluralTitle) else { return nil }
    return countries.first { $0.range.upperBound == plural }?.entry.canonical
  }

  /// How far before a title ``groupCountry(before:_:_:)`` looks for the group.
  private static let groupReach = 12

  /// The words ``titledPeople(at:_:_:sentence:previous:)`` starts at: a title's first word,
  /// "counterpart" and a plural title.
  private static let titleStarts = WordClass([.title, .counterpart, .pluralTitle])

  /// Country names found in the tokens, by the range they cover.
  func countryMatches(in tokens: [Token]) -> [(range: Range<Int>, entry: Gazetteer.Entry)] {
    var matches: [(range: Range<Int>, entry: Gazetteer.Entry)] = []
    var position = 0
    while position < tokens.count {
      if let (entry, length) = Gazetteer.countries.match(tokens, at: position),
        position == 0 || !tokens[position - 1].classes.contains(.regionQualifier),
        !startsPersonName(position, length, tokens)
      {
        matches.append((position..<position + length, entry), reservingAtFirst: 4)
        position += length
      } else {
        position += 1
      }
    }
    return matches
  }

  /// Whether the one-word country name at `position` is a given name that starts a person's name:
  /// "Santiago Cafiero", "Israel Katz", "Victoria Nuland" (a capitalised word follows that no
  /// word list and no country has), not "Paris Agreement" or "Lima, Peru".
  private func startsPersonName(_ position: Int, _ length: Int, _ tokens: [Token]) -> Bool {
    let next = position + 1
    guard length == 1, next < tokens.count, tokens[next].isWord, tokens[next].isCapitalized,
      tokens[next].classes.isEmpty, Gazetteer.countries.match(tokens, at: next) == nil
    else { return false }
    return GivenNames.contains(tokens[position].text)
  }

  /// The country named by the words just before `position` ("Iran's", "Bolivian", "Iran's newly elected").
  func countryBefore(_ position: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)])
    -> String?
  {
    var end = position
    while end > 0, tokens[end - 1].classes.contains(.titleModifier) || tokens[end - 1].classes.contains(.counterpart) {
      end -= 1
    }
    if end > 0, tokens[end - 1].isPossessiveMark { end -= 1 }
    return countries.first { $0.range.upperBound == end && !$0.entry.isPlural }?.entry.canonical
  }

  /// The role of each plural title (lexicon entry `plural-title`), read by a token.
  private static let pluralTitleRoles = LexiconTable(valuesOf: .pluralTitle)

  /// The portfolio each word of `portfolio` names before a plural title.
  private static let portfolios = LexiconTable(valuesOf: .portfolio)

  private func titledPeople(
    at start: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)], sentence: Int,
    previous: [PersonSighting]
  ) -> [PersonSighting]? {
    var role: String
    var position: Int
    if let title = RoleLexicon.title(in: tokens, at: start) {
      (role, position) = (title.role, start + title.length)
    } else if tokens[start].classes.contains(.counterpart), let last = previous.last?.role {
      (role, position) = (last, start + 1)
    } else if tokens[start].classes.contains(.pluralTitle), let plural = Self.pluralTitleRoles[tokens[start]] {
      return pluralTitledPeople(role: plural, at: start, tokens, countries, sentence: sentence)
    } else {
      return nil
    }
    var country = countryBefore(start, tokens, countries)
    if start > 0, let prefix = RoleLexicon.title(in: tokens, at: start - 1), prefix.length > 1 { return nil }
    // Skip ranks, modifiers, "of Iran" / "de la República Islámica de Irán", and one comma.
    var sawComma = false
    scanning: while position < tokens.count {
      let rank = RoleLexicon.rankLength(in: tokens, at: position)
      if rank > 0 {
        position += rank
      } else if tokens[position].classes.contains(.titleModifier),
        !tokens[position].isCapitalized || tokens[position].classes.contains(.article)
      {
        position += 1
      } else if !sawComma, tokens[position].classes.contains(.of),
        let body = bodyBeforeComma(after: position, tokens, countries)
      {
        country = country ?? body.country  // "the head of Niger's military government, X"
        position = body.comma
      } else if tokens[position].classes.contains(.of),
        let match = countryAfterPreposition(position, tokens, countries)
      {
        country = country ?? match.country
        position = match.end
      } else if tokens[position].isWord, !tokens[position].isCapitalized, position + 1 < tokens.count,
        tokens[position + 1].classes.contains(.of),
        let match = countryAfterPreposition(position + 1, tokens, countries)
      {
        country = country ?? match.country  // "el presidente izquierdista de Colombia"
        position = match.end
      } else if country != nil, tokens[position].classes.contains(.to) || tokens[position].classes.contains(.in),
        countries.contains(where: { $0.range.lowerBound == position + 1 && !$0.entry.isPlural })
      {
        position += 2  // the posting of "Mexico's ambassador to Peru, X": the title's country is Mexico
        if let posting = countries.first(where: { $0.range.lowerBound == position - 1 }) {
          position = posting.range.upperBound
        }
      } else if let demonym = countries.first(where: { $0.range.lowerBound == position }),
        !tokens[position].isCapitalized
      {
        country = country ?? demonym.entry.canonical  // "el primer mandatario iraní"
        position = demonym.range.upperBound
      } else if tokens[position].classes.contains(.titleScope), position + 1 < tokens.count,
        tokens[position + 1].isCapitalized
      {
        // "the undersecretary for Europe", "the envoy for Venezuela": a scope, not the title's country.
        position = countries.first { $0.range.lowerBound == position + 1 }?.range.upperBound ?? position + 2
      } else if tokens[position].is(","), !sawComma {
        sawComma = true
        position += 1
      } else {
        break scanning
      }
    }
    guard let name = personName(at: position, tokens, countries) else { return nil }
    // "Chancellor Olaf Scholz of Germany": the country after the name is the title's.
    if country == nil, name.upperBound < tokens.count, tokens[name.upperBound].classes.contains(.of),
      let match = countryAfterPreposition(name.upperBound, tokens, countries),
      !countries.contains(where: { $0.range.lowerBound == match.end - 1 && $0.entry.isPlural })
    {
      country = match.country
    }
    // "State Department spokesman X": a body named just before the title is where it is held.
    let organization = country == nil ? organizationEnding(at: start, tokens) : nil
    return [
      PersonSighting(
        name: text(of: name, tokens), range: start..<name.upperBound, sentence: sentence, role: role,
        country: country, organization: organization, rule: "title")
    ]
  }

  /// The organization whose name ends just before `end`, if any.
  private func organizationEnding(at end: Int, _ tokens: [Token]) -> String? {
    for start in max(0, end - 6)..<end {
      if let (entry, length) = Gazetteer.organizations.match(tokens, at: start), start + length == end {
        return entry.canonical
      }
      if let range = OrganizationPattern.match(tokens, at: start), range.upperBound == end {
        return text(of: range, tokens)
      }
    }
    return nil
  }

  /// The country named after "of"/"de" (and an article or a long-form prefix) at `position`.
  private func countryAfterPreposition(
    _ position: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)]
  ) -> (country: String, end: Int)? {
    var next = position + 1
    while next < tokens.count, tokens[next].classes.contains(.article) { next += 1 }
    // Long forms the gazetteer lacks end in the country name: "República Islámica de Irán".
    for match in countries where match.range.lowerBound >= next && match.range.lowerBound <= next + 4 {
      // "of Niger's government": the country owns what follows; it is not the title's.
      guard match.range.upperBound >= tokens.count || !tokens[match.range.upperBound].isPossessiveMark else {
        return nil
      }
      let between = tokens[next..<match.range.lowerBound]
      if between.allSatisfy({ $0.isCapitalized || $0.classes.contains(.of) }) {
        return (match.entry.canonical, match.range.upperBound)
      }
    }
    return nil
  }

  /// The body or portfolio a title is of, when a comma closes it within a few words: "of
  /// Niger's military government,", "of the ruling council in Niger,", "of Homeland Security,";
  /// with the country it names, if any. `position` is at the "of".
  private func bodyBeforeComma(
    after position: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)]
  ) -> (comma: Int, country: String?)? {
    let end = min(tokens.count, position + 1 + Self.bodyReach)
    guard let comma = tokens[(position + 1)..<end].firstIndex(where: { !$0.isWord && !$0.isPossessiveMark }),
      tokens[comma].is(","), comma > position + 1
    else { return nil }
    let country = countries.first { $0.range.lowerBound > position && $0.range.upperBound <= comma }
    return (comma, country?.entry.canonical)
  }

  /// How many words the body of a title may have (``bodyBeforeComma(after:_:_:)``).
  private static let bodyReach = 8

  /// "the defense ministers of Iran and Bolivia (A and B, respectively)" and
  /// "los entonces presidentes A (Bolivia) y B (Irán)".
  private func pluralTitledPeople(
    role: String, at start: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)],
    sentence: Int
  ) -> [PersonSighting]? {
    // "the defense ministers of …": the word before the plural names the portfolio.
    let fullRole = start > 0 ? Self.portfolios[tokens[start - 1]].map { "\($0) \(role)" } ?? role : role
    var position = start + 1
    var listed: [String] = []
    if position < tokens.count, tokens[position].classes.contains(.of) {
      position += 1
      while position < tokens.count, let match = countries.first(where: { $0.range.lowerBound == position }) {
        listed.append(match.entry.canonical)
        position = match.range.upperBound
        if position < tokens.count, tokens[position].is(",") || tokens[position].classes.contains(.and) {
          position += 1
        } else {
          break
        }
      }
    }
    while position < tokens.count, tokens[position].classes.contains(.titleModifier) || tokens[position].is("(") {
      position += 1
    }
    // "the other diplomats expelled are A, B and C": a list after a word of `list-copula`.
    var groupCountry = countryBefore(start, tokens, countries)
    // "los embajadores venezolanos": a lower-case demonym after the plural.
    if let demonym = countries.first(where: { $0.range.lowerBound == position }), !tokens[position].isCapitalized {
      groupCountry = groupCountry ?? demonym.entry.canonical
      position = demonym.range.upperBound
    }
    let copula = tokens[position...].prefix(2).firstIndex { $0.classes.contains(.listCopula) }
    if let copula, tokens[position..<copula].allSatisfy({ $0.isWord && !$0.isCapitalized }) {
      position = copula + 1
      groupCountry = groupCountry ?? earlierGroupCountry(of: tokens[start], before: sentence)
    }
    var people: [(name: Range<Int>, country: String?)] = []
    while position < tokens.count {
      position += RoleLexicon.rankLength(in: tokens, at: position)
      guard let name = personName(at: position, tokens, countries) else { break }
      position = name.upperBound
      var country: String?
      if position + 2 < tokens.count, tokens[position].is("("),
        let match = countries.first(where: { $0.range.lowerBound == position + 1 }),
        tokens[match.range.upperBound].is(")")
      {
        country = match.entry.canonical
        position = match.range.upperBound + 1
      }
      people.append((name, country))
      guard position < tokens.count, tokens[position].is(",") || tokens[position].classes.contains(.and) else { break }
      position += 1
    }
    guard people.count >= 2 else { return nil }
    let respectively = tokens[position...].prefix(3).contains { $0.classes.contains(.respectively) }
    return people.enumerated().map { offset, person in
      let country =
        person.country ?? (respectively && listed.count == people.count ? listed[offset] : nil) ?? groupCountry
      return PersonSighting(
        name: text(of: person.name, tokens), range: start..<person.name.upperBound, sentence: sentence,
        role: fullRole, country: country, organization: nil, rule: "plural-title")
    }
  }

  /// The country of the group an earlier sentence names with the plural title `plural`: "six
  /// Canadian diplomats" for a later "the other diplomats …" (the nearest of ``groupMemory``
  /// sentences before `sentence`).
  private func earlierGroupCountry(of plural: Token, before sentence: Int) -> String? {
    for earlier in stride(from: sentence - 1, through: max(0, sentence - Self.groupMemory), by: -1) {
      let tokens = sentences[earlier].tokens
      for position in tokens.indices.reversed() where tokens[position].lower == plural.lower {
        if let country = countryBefore(position, tokens, countries[earlier]) { return country }
      }
    }
    return nil
  }

  /// How many sentences back ``earlierGroupCountry(of:before:)`` looks.
  private static let groupMemory = 8

  /// "Joseph Humire, director of the think tank Center for a Secure Free Society", "named Ana Paz
  /// as ambassador of Peru" and names that start with a known given name ("Joseph Humire said").
  private func appositivePerson(
    at start: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)], sentence: Int
  ) -> PersonSighting? {
    guard tokens[start].isCapitalized,
      start == 0 || !tokens[start - 1].isCapitalized || tokens[start - 1].is(",") || !tokens[start - 1].isWord
        || tokens[start - 1].classes.contains(.nameStopWord),
      let name = personName(at: start, tokens, countries), name.count >= 2
    else { return nil }
    let fullName = text(of: name, tokens)
    var position = name.upperBound
    if position + 1 < tokens.count, tokens[position].is(",") || tokens[position].classes.contains(.asRole) {
      position += 1
      if tokens[position].classes.contains(.article) { position += 1 }
      // "X, a Chilean Member of …", "X, Chile's foreign minister": a demonym or a possessive
      // country before the title gives its country.
      let demonym = countries.first { $0.range.lowerBound == position && !$0.entry.isPlural }
      if let demonym {
        position = demonym.range.upperBound
        if position < tokens.count, tokens[position].isPossessiveMark { position += 1 }
      }
      if position < tokens.count, let title = RoleLexicon.title(in: tokens, at: position) {
        var sighting = PersonSighting(
          name: fullName, range: start..<position + title.length, sentence: sentence, role: title.role,
          country: demonym?.entry.canonical, organization: organizationEnding(at: position + title.length, tokens),
          rule: "appositive")
        let after = position + title.length
        if after < tokens.count, tokens[after].classes.contains(.of) {
          if let organization = organizationAfter(after + 1, tokens) {
            sighting.organization = organization
          } else if let match = countryAfterPreposition(after, tokens, countries) {
            sighting.country = match.country
          }
        }
        return sighting
      }
    }
    // "Sun Ship Management" is a company: a name with an organization's head noun is none of a person's.
    guard !tokens[name].contains(where: { $0.classes.contains(.organizationHead) }) else { return nil }
    let rule: String
    // "en Rio de Janeiro", "in Santa Cruz": after "in", a given name starts a place's name.
    let isPlace = start > 0 && tokens[start - 1].classes.contains(.in)
    if GivenNames.contains(tokens[start].text), !isPlace {
      rule = "given-name"
    } else if !knowledge.tenures(ofPersonNamed: fullName, on: nil).isEmpty {
      rule = "knowledge-name"
    } else {
      return nil
    }
    return PersonSighting(
      name: fullName, range: name, sentence: sentence, role: nil, country: nil, organization: nil, rule: rule)
  }

  /// A person named after a military or honorific rank ("General Ana Ruiz", "el coronel Luis
  /// Soto"): a name of two words or more, without the rank, and with no organization's head noun
  /// ("General Electric Company" is none).
  private func rankedPerson(
    at start: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)], sentence: Int
  ) -> PersonSighting? {
    let rank = RoleLexicon.rankLength(in: tokens, at: start)
    guard rank > 0, let name = personName(at: start + rank, tokens, countries), name.count >= 2,
      !tokens[name].contains(where: { $0.classes.contains(.organizationHead) })
    else { return nil }
    return PersonSighting(
      name: text(of: name, tokens), range: start..<name.upperBound, sentence: sentence, role: nil, country: nil,
      organization: nil, rule: "rank")
  }

  /// A source named by a reporting verb: "according to Toma", "según Pérez", "…," Toma pointed out".
  ///
  /// A single word is enough here, but only after "according to"/"según" or right after a
  /// comma or closing quote, where a capitalised common word ("Analysts said") cannot stand.
  private func reportingPerson(
    at start: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)], sentence: Int
  ) -> PersonSighting? {
    guard start > 0, tokens[start].isCapitalized, let name = personName(at: start, tokens, countries),
      name.count <= 3
    else { return nil }
    let previous = tokens[start - 1]
    let afterAccordingTo = (1...2).contains { length in
      start >= length && tokens.phrase(.accordingTo, at: start - length)?.words.count == length
    }
    let beforeVerb =
      previous.is(oneOf: [",", "\"", "”", "’", "'"]) && name.upperBound < tokens.count
      && tokens[name.upperBound].classes.contains(.reportingVerb)
    guard afterAccordingTo || beforeVerb else { return nil }
    return PersonSighting(
      name: text(of: name, tokens), range: name, sentence: sentence, role: nil, country: nil, organization: nil,
      rule: "reporting-verb")
  }

  /// The organization named within a few words after `position` ("the think tank Center for …").
  func organizationAfter(_ position: Int, _ tokens: [Token]) -> String? {
    var start = position
    while start < tokens.count, start < position + 4, !tokens[start].isCapitalized { start += 1 }
    guard start < tokens.count else { return nil }
    if let (entry, _) = Gazetteer.organizations.match(tokens, at: start) { return entry.canonical }
    return OrganizationPattern.match(tokens, at: start).map { text(of: $0, tokens) }
  }

  /// The capitalised words starting at `start` that can form a person's name (at most five),
  /// stopping at a country (or inside one: "Jan" in "Svalbard and Jan Mayen" starts no name), an
  /// organization, a title or punctuation.
  func personName(at start: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)])
    -> Range<Int>?
  {
    var end = start
    while end < tokens.count, end - start < 5 {
      let token = tokens[end]
      let isParticle = end > start && token.isNameParticle
      guard token.isWord, token.isCapitalized || isParticle,
        !countries.contains(where: { $0.range.contains(end) }),
        Gazetteer.organizations.match(tokens, at: end) == nil,
        RoleLexicon.title(in: tokens, at: end) == nil,
        !token.classes.contains(.nameStopWord) || end > start && isKnownName(start...end, tokens)
      else { break }
      end += 1
      // A hyphenated surname written without spaces is one word: "Díaz-Canel", but not a pair of
      // countries ("the Iran-Bolivia deal").
      if end + 1 < tokens.count, tokens[end].is("-"), tokens[end].range.lowerBound == tokens[end - 1].range.upperBound,
        tokens[end + 1].range.lowerBound == tokens[end].range.upperBound, tokens[end + 1].isCapitalized,
        !countries.contains(where: { $0.range.lowerBound == end + 1 })
      {
        end += 2
      }
    }
    while end > start, tokens[end - 1].isNameParticle { end -= 1 }
    return end > start ? start..<end : nil
  }

  /// Whether the words at `range` name an office holder of ``knowledge`` ("Kim Jong Un", whose
  /// last word is also a stop word).
  private func isKnownName(_ range: ClosedRange<Int>, _ tokens: [Token]) -> Bool {
    !knowledge.tenures(ofPersonNamed: text(of: range.lowerBound..<range.upperBound + 1, tokens), on: nil).isEmpty
  }

  /// The tokens' text, with a space where the document had space between them.
  func text(of range: Range<Int>, _ tokens: [Token]) -> String {
    guard range.count > 1 else { return range.isEmpty ? "" : tokens[range.lowerBound].text }
    // Built as UTF-8: appending each token's text to a `String` made a string of every token.
    var utf8: [UInt8] = []
    utf8.reserveCapacity(tokens[range.upperBound - 1].range.upperBound - tokens[range.lowerBound].range.lowerBound)
    for index in range {
      if index > range.lowerBound, tokens[index].range.lowerBound > tokens[index - 1].range.upperBound {
        utf8.append(UInt8(ascii: " "))
      }
      tokens[index].appendText(to: &utf8)
    }
    return String(decoding: utf8, as: UTF8.self)
  }
}
