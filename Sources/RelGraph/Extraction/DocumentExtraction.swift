/// The work of extracting one document: segmenting, finding people, finding mentions, applying
/// the relation rules. One value per document; ``Extractor`` drives it.
struct DocumentExtraction {
  let document: TextDocument
  var sentences: [Sentence] = []
  /// The heading above each paragraph, for context such as a year.
  var headings: [Int: String] = [:]
  /// The document's graph, without indexes: ``Extractor`` merges it into one with them.
  var graph = RelationshipGraph.withoutIndexes()
  var people = PersonDirectory()
  /// The entity mentions of each sentence, in token order.
  var mentions: [[Mention]] = []
  /// The country names of each sentence, found once and used by both passes.
  var countries: [[(range: Range<Int>, entry: Gazetteer.Entry)]] = []
  var agreements: [AgreementDraft] = []
  /// The sides of the vote the article reports, read sentence by sentence.
  var voteSides = VoteSides()
  /// Offices learnt from a title that points to a person ("Bolivia's Foreign Minister"), with the sentence.
  var pendingOffices: [(person: EntityID, role: String, country: String)] = []
  /// How often each country (by canonical name) has been named so far, to resolve descriptors.
  var countryMentions = NameTally()
  /// What the relations of each sentence share, by sentence, worked out at the sentence's first relation.
  private var relationContexts: [RelationContext?] = []

  /// Who held which office when (``Extractor/knowledge``).
  let knowledge: OfficeHolders
  /// The date the article gives near its start (its dateline or first dated sentence), for
  /// reading ``knowledge`` at the right time.
  var documentDate: String?

  init(document: TextDocument, knowledge: OfficeHolders) {
    self.document = document
    self.knowledge = knowledge
  }

  mutating func run() -> RelationshipGraph {
    (sentences, headings) = Segmenter.sentences(of: document)
    relationContexts = Array(repeating: nil, count: sentences.count)
    countries = sentences.map { countryMatches(in: $0.tokens) }
    documentDate = sentences.prefix(5).lazy.compactMap { DateFinder.date(in: $0.tokens) }.first
    let sightings = sentences.indices.flatMap { findPeople(in: $0) }
    people = PersonDirectory(sightings: sightings)
    for person in people.entities { graph.add(person) }
    for index in sentences.indices {
      pendingOffices = []
      mentions.append(findMentions(in: index))
      for office in pendingOffices {
        relate(
          office.person, .holdsOffice, countryEntity(office.country), sentence: index,
          rule: "office-reference", attributes: ["role": office.role])
      }
    }
    collectAgreements()
    for sighting in sightings { relateOffice(of: sighting) }
    relateKnownOffices(of: sightings)
    relateAgreements()
    for index in sentences.indices {
      applyRelationRules(to: index)
      readVoteSides(of: index)
    }
    relateVoteSides()
    return graph
  }

  /// What every relation found in one sentence shares.
  private struct RelationContext {
    var evidence: Evidence
    /// Whether the sentence reports hearsay ("according to", "reportedly").
    var isHedged: Bool
    /// The date the sentence gives, if any.
    var date: String?
  }

  /// The context of the relations found in sentence `index`.
  private mutating func relationContext(_ index: Int) -> RelationContext {
    if let context = relationContexts[index] { return context }
    let range = sentences[index].range
    let tokens = sentences[index].tokens
    let context = RelationContext(
      evidence: Evidence(
        document: document.name, sentence: document.text(range), start: document.scalarOffset(range.lowerBound),
        end: document.scalarOffset(range.upperBound)),
      // By index: zipping the tokens with themselves would copy every one.
      isHedged: tokens.indices.contains { index in
        tokens[index].classes.contains(.hedge) || tokens.phrase(.accordingTo, at: index) != nil
      },
      date: DateFinder.date(in: tokens))
    relationContexts[index] = context
    return context
  }

  /// The id of the country named `canonical`, which is added to the graph if no mention has
  /// added it (an office whose country is named inside the title's words, or read from knowledge).
  mutating func countryEntity(_ canonical: String) -> EntityID {
    let id = Gazetteer.countryID(named: canonical)
    if graph.entities[id] == nil { graph.add(Entity(id: id, name: canonical, kind: .country)) }
    return id
  }

  /// Adds a relation found in sentence `index`, with its evidence, rule, confidence and, for acts
  /// rather than lasting ties, the date the sentence gives.
  ///
  /// Relations from a sentence that reports hearsay ("according to", "reportedly") get a lower confidence.
  mutating func relate(
    _ source: EntityID, _ kind: RelationKind, _ target: EntityID, sentence index: Int, rule: String,
    attributes: [String: String] = [:], items: [String] = [], confidence: Double? = nil
  ) {
    guard source != target else { return }
    let context = relationContext(index)
    var attributes = attributes
    if attributes["date"] == nil, !kind.isLastingTie, let date = context.date { attributes["date"] = date }
    let relation = Relation(
      source: source, kind: kind, target: target, attributes: attributes, items: items,
      confidence: min(context.isHedged ? 0.5 : 0.9, confidence ?? 1), rules: [rule], evidence: [context.evidence])
    try? graph.add(relation)
  }
}
