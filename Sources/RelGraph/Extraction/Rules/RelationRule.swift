/// A rule that finds relations in a sentence, started by a phrase of one of its trigger entries.
///
/// Each rule is a type of its own in `Rules/`, listed by ``RelationRules/all``; the words it
/// looks for are lexicon entries (``LexiconEntry``), so a new trigger word is a line in a
/// lexicon file, and a new language a new file.
protocol RelationRule: Sendable {
  /// The rule's name, recorded on every relation it finds ("visit-word").
  var name: String { get }
  /// The relation kinds the rule can find.
  var kinds: Set<RelationKind> { get }
  /// The entries whose phrases start the rule.
  var triggers: [LexiconEntry] { get }
  /// The relations the trigger phrase at `position` gives in `sentence`; empty when its
  /// arguments are not there.
  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate]
}

/// A relation a rule found, before it gets the sentence's evidence, date and confidence.
struct RelationCandidate: Equatable {
  var source: EntityID
  var kind: RelationKind
  var target: EntityID
  var items: [String] = []
  var attributes: [String: String] = [:]
}
