/// A section of the lexicon files (`Data/lexicon/*.lexicon`): the words and phrases, in every
/// language, that a rule looks for under one name.
///
/// Rules name the words they use by entry (`token.classes.contains(.visit)`,
/// `Lexicon.shared.phrases(.title)`), never by literal: a new trigger word, or a new language,
/// is a change to the lexicon files alone. The raw value is the section's name in the files.
enum LexiconEntry: String, CaseIterable, Sendable {
  // Relation triggers.
  case visit, meeting, sale, sending, purchase, alliance, cooperation, ties
  case tiesLink = "ties-link"
  case support, opposition, embassy, membership, vote, abstention
  case voteLink = "vote-link"
  case voteSide = "vote-side"
  // Function words around relation arguments.
  case between, with, from, to, `in`, and, of, article, by, at, on, respectively
  case clauseBreak = "clause-break"
  case suchAs = "such-as"
  case possessivePronoun = "possessive-pronoun"
  case subjectPronoun = "subject-pronoun"
  case memberNoun = "member-noun"
  // Hearsay and negation.
  case hedge, negation
  case accordingTo = "according-to"
  // People.
  case title
  case pluralTitle = "plural-title"
  case rank
  case titleModifier = "title-modifier"
  case counterpart
  case reportingVerb = "reporting-verb"
  case nameParticle = "name-particle"
  case nameStopWord = "name-stop-word"
  // Organizations.
  case nonHeadStart = "non-head-start"
  case organizationHead = "organization-head"
  case organizationConnector = "organization-connector"
  // Agreements and supplies.
  case agreement, signing
  case agreementTopic = "agreement-topic"
  case supplyItem = "supply-item"
  // Countries described rather than named.
  case descriptor
  case descriptorHead = "descriptor-head"
  case regionQualifier = "region-qualifier"
  // Dates and boilerplate.
  case month
  case callToAction = "call-to-action"
  case abbreviation

  /// The entry's place in ``allCases``: its bit in ``WordClass``.
  var ordinal: Int { Self.ordinals[self]! }

  private static let ordinals = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
