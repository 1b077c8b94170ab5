/// A section of the lexicon files (`Data/lexicon/*.lexicon`): the words and phrases, in every
/// language, that a rule looks for under one name.
///
/// Rules name the words they use by entry (`token.classes.contains(.visit)`,
/// `Lexicon.shared.phrases(.title)`), never by literal: a new trigger word, or a new language,
/// is a change to the lexicon files alone. The section's name in the files is the case's name
/// in kebab case (`tiesLink` is `[ties-link]`).
enum LexiconEntry: Int, CaseIterable, Sendable {
  // Relation triggers.
  case visit, host, meeting, sale, sending, purchase, alliance, cooperation, ties
  case tiesLink, tiesVerb, tiesBreakVerb
  case support, opposition, embassy, embassyExchange, membership, founding, vote, abstention
  case representation
  case voteLink
  case voteSide, voteFor, voteAgainst
  // Function words around relation arguments.
  case between, with, from, to, `in`, and, of, article, by, on, respectively
  case clauseBreak
  case suchAs
  case asRole
  case possessivePronoun
  case passiveAuxiliary
  case personalPronoun
  case pairAnaphor
  case memberNoun
  // Hearsay and negation.
  case hedge, negation
  case accordingTo
  // People.
  case title
  case titleScope
  case portfolio
  case pluralTitle
  case listCopula
  case rank
  case titleModifier
  case counterpart
  case reportingVerb
  case nameParticle
  case nameStopWord
  // Organizations.
  case nonHeadStart
  case organizationHead
  case organizationConnector
  // Agreements and supplies.
  case agreement, signing
  case agreementTopic
  case supplyItem
  // Countries named by their people, and described rather than named.
  case demonym
  case demonymPlural
  case descriptor
  case descriptorHead
  case regionQualifier
  // Dates and boilerplate.
  case weekday
  case month
  case callToAction
  case openEnd
  case abbreviation

  /// The entry's place in ``allCases``: its bit in ``WordClass``.
  var ordinal: Int { rawValue }

  /// The section's name in the lexicon files: the case's name in kebab case ("ties-link").
  var sectionName: String {
    String(describing: self).reduce(into: "") { name, character in
      if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
    }
  }

  /// The entry whose section is named `sectionName`.
  static func named(_ sectionName: String) -> LexiconEntry? { bySectionName[sectionName] }

  private static let bySectionName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.sectionName, $0) })
}
