extension DocumentExtraction {
  /// The entities sentence `index` names, longest name first at each position, added to the graph.
  ///
  /// People are found by the names the ``PersonDirectory`` knows, and by a title that points to
  /// one known office holder ("Bolivia's Foreign Minister", "el primer mandatario iraní").
  mutating func findMentions(in index: Int) -> [Mention] {
    let tokens = sentences[index].tokens
    let countries = self.countries[index]
    var found: [Mention] = []
    var position = 0
    while position < tokens.count {
      guard mayStartMention(at: position, tokens), let mention = mention(at: position, tokens, countries) else {
        position += 1
        continue
      }
      found.append(mention, reservingAtFirst: 4)
      position = mention.range.upperBound
    }
    return found
  }

  /// Whether any name can start at `position`, by what each kind of name needs of its first
  /// words. Most tokens start none, and are passed over without the call that looks for names.
  private func mayStartMention(at position: Int, _ tokens: [Token]) -> Bool {
    let token = tokens[position]
    // A country's name is one of the gazetteer's: its matches, found before, start where it may.
    return people.gazetteer.mayStart(token) || Gazetteer.organizations.mayStart(token)
      || Gazetteer.countries.mayStart(token)
      || OrganizationPattern.mayStart(token) || RoleLexicon.mayStart(token)
      || CountryDescriptors.mayStart(tokens, at: position)
  }

  /// A name found at a position. Only the longest becomes an entity: making one costs its id.
  private struct Candidate {
    /// A person of the directory, a gazetteer's entry, or a name and kind. The words of the
    /// mention become an alias of an entry, and of a name they stand for ("the Andean country").
    /// A person is an entry too, not an ``Entity``: candidates are copied as they are offered,
    /// and an entity's every field was.
    enum Named {
      /// A person of the directory, which the graph has with every name it has.
      case person(Gazetteer.Entry)
      case entry(Gazetteer.Entry)
      case name(String, Entity.Kind, wordsAreAlias: Bool)
    }

    var named: Named
    var length: Int
    var isPlural = false
  }

  private mutating func mention(
    at position: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)]
  ) -> Mention? {
    // The longest name wins; on a tie, the earlier candidate (people before organizations before
    // countries). Kept as they come, with no list of them to make.
    var winner: Candidate?
    func offer(_ candidate: consuming Candidate) {
      if candidate.length > winner?.length ?? 0 { winner = candidate }
    }
    // Every entry of the people's gazetteer is a person of the directory (``PersonDirectory``).
    if let (entry, length) = people.gazetteer.match(tokens, at: position) {
      offer(Candidate(named: .person(entry), length: length))
    }
    // "the Australian and American Safety Agreement (AUKUS)": an acronym the text gives an
    // agreement is the agreement's, though the gazetteer knows it as a body.
    let namesAgreement =
      position >= 2 && tokens[position - 1].is("(") && tokens[position - 2].classes.contains(.agreement)
    if !namesAgreement, let (entry, length) = Gazetteer.organizations.match(tokens, at: position) {
      offer(Candidate(named: .entry(entry), length: length))
    }
    if let country = countries.first(where: { $0.range.lowerBound == position }) {
      offer(Candidate(named: .entry(country.entry), length: country.range.count, isPlural: country.entry.isPlural))
    }
    if let range = OrganizationPattern.match(tokens, at: position) {
      offer(Candidate(named: .name(text(of: range, tokens), .organization, wordsAreAlias: false), length: range.count))
    }
    // A reference starts with a title: most tokens start none, and are passed over without a
    // call. The office it gives no holder yet, which its person then holds, is kept apart from
    // the person, whose optional the compiler destroyed through its runtime metadata at every token.
    var newOffice: (person: EntityID, role: String, country: String)?
    if tokens[position].classes.contains(.title), let reference = officeReference(at: position, tokens, countries) {
      let person = reference.person
      offer(
        Candidate(
          named: .person(Gazetteer.Entry(canonical: person.name, kind: .person, id: person.id)),
          length: reference.length))
      if reference.isNew { newOffice = (reference.person.id, reference.role, reference.country) }
    }
    if let descriptor = CountryDescriptors.match(tokens, at: position),
      let country = describedCountry(descriptor.candidates)
    {
      offer(Candidate(named: .name(country, .country, wordsAreAlias: true), length: descriptor.length))
    }
    guard let winner else { return nil }
    let range = position..<position + winner.length
    // Most mentions repeat a known name: only a new entity or a new alias changes the graph, and
    // the entity is made only then. A person of the directory is in the graph from the start
    // (``run()``), with every name it has. The words as written are made into a string only
    // where they may be a new alias.
    let (id, name, kind): (EntityID, String, Entity.Kind)
    switch winner.named {
    case .person(let person):
      (id, name, kind) = (person.id, person.canonical, person.kind)
    case .entry(let entry):
      (id, name, kind) = (entry.id, entry.canonical, entry.kind)
      let alias = text(of: range, tokens)
      if graph.entities[id]?.isNamed(alias) != true {
        graph.add(Entity(id: id, name: name, kind: kind, aliases: [alias]))
      }
    case .name(let canonical, let nameKind, let wordsAreAlias):
      (name, kind) = (canonical, nameKind)
      let entity = Entity(name: name, kind: kind, aliases: wordsAreAlias ? [text(of: range, tokens)] : [])
      id = entity.id
      if graph.entities[id].map({ known in entity.aliases.allSatisfy { known.isNamed($0) } }) != true {
        graph.add(entity)
      }
    }
    if kind == .country { countryMentions.add(name) }
    if kind == .person, let newOffice, newOffice.person == id {
      pendingOffices.append(newOffice)
    }
    let possessive = range.upperBound < tokens.count && tokens[range.upperBound].isPossessiveMark
    return Mention(id: id, kind: kind, range: range, isPossessive: possessive, isPlural: winner.isPlural)
  }

  /// The country a descriptor such as "the Andean country" stands for: the candidate the
  /// document has named most so far, if it has been named at least twice as often as any other.
  private mutating func describedCountry(_ candidates: Set<String>) -> String? {
    let ranked = candidates.map { ($0, countryMentions.count(of: $0)) }.sorted { $0.1 > $1.1 }
    guard let first = ranked.first, first.1 > 0 else { return nil }
    let second = ranked.dropFirst().first?.1 ?? 0
    return first.1 >= 2 * second ? first.0 : nil
  }

  /// A title with a country and no name, standing for the one person known to hold that office:
  /// "Iran's new President", "el primer mandatario iraní". When nobody holds it, the one person
  /// given that role without a country ("la canciller X", then "Bolivia's Foreign Minister")
  /// is taken to hold it there (`isNew`).
  private func officeReference(
    at position: Int, _ tokens: [Token], _ countries: [(range: Range<Int>, entry: Gazetteer.Entry)]
  ) -> (person: Entity, length: Int, role: String, country: String, isNew: Bool)? {
    guard let title = RoleLexicon.title(in: tokens, at: position) else { return nil }
    var end = position + title.length
    var country = countryBefore(position, tokens, countries)
    if country == nil, end < tokens.count, let demonym = countries.first(where: { $0.range.lowerBound == end }) {
      country = demonym.entry.canonical
      end = demonym.range.upperBound
    }
    guard let country, end >= tokens.count || !tokens[end].isCapitalized else { return nil }
    var holders = people.holders(of: title.role, in: country)
    let isNew = holders.isEmpty
    if isNew { holders = people.placelessHolders(of: title.role) }
    guard holders.count == 1, let person = holders.first.flatMap({ people.person($0) }) else { return nil }
    return (person, end - position, title.role, country, isNew)
  }
}
