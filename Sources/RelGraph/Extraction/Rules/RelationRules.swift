/// The relation rules, in the order they are tried: at each word, the first rule one of whose
/// trigger phrases starts there is applied, and no other.
enum RelationRules {
  static let all: [any RelationRule] = [
    VisitRule(), MeetingRule(), SaleRule(), PurchaseRule(), AllianceRule(), CooperationRule(), SupportRule(),
    OppositionRule(), EmbassyRule(), MembershipRule(), VoteRule(),
  ]

  /// Every word that can start a rule.
  static let triggerClass = WordClass(all.flatMap(\.triggers))

  /// Each rule's trigger phrases by their first word, longest first, in the order of ``all``.
  private static let triggerTables = all.map { rule in rule.triggers.map { LexiconTable(phrasesOf: $0) } }

  /// The first rule one of whose trigger phrases starts at `position`, with the phrase.
  static func rule(at position: Int, in tokens: [Token]) -> (rule: any RelationRule, phrase: Lexicon.Phrase)? {
    let classes = tokens[position].classes
    for (rule, tables) in zip(all, triggerTables) {
      for (entry, table) in zip(rule.triggers, tables) where classes.contains(entry) {
        if let phrase = table.longestMatch(in: tokens, at: position) { return (rule, phrase) }
      }
    }
    return nil
  }
}
