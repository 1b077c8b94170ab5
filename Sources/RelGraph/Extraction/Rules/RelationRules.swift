/// The relation rules, in the order they are tried: at each word, the rules one of whose trigger
/// phrases starts there are tried in turn, and the first that finds relations is the only one applied.
enum RelationRules {
  static let all: [any RelationRule] = [
    DeliveryRule(), VisitRule(), HostRule(), MeetingRule(), SaleRule(), PurchaseRule(), AllianceRule(),
    CooperationRule(),
    SupportRule(),
    OppositionRule(), EmbassyRule(), MembershipRule(), VoteRule(),
  ]

  /// Every word that can start a rule.
  static let triggerClass = WordClass(all.flatMap(\.triggers))

  /// Each rule's trigger phrases by their first word, longest first, in the order of ``all``.
  private static let triggerTables = all.map { rule in rule.triggers.map { LexiconTable(phrasesOf: $0) } }

  /// The rules one of whose trigger phrases starts at `position`, in order, each with its phrase.
  static func rules(at position: Int, in tokens: [Token]) -> [(rule: any RelationRule, phrase: Lexicon.Phrase)] {
    let classes = tokens[position].classes
    var found: [(rule: any RelationRule, phrase: Lexicon.Phrase)] = []
    for (rule, tables) in zip(all, triggerTables) {
      for (entry, table) in zip(rule.triggers, tables) where classes.contains(entry) {
        if let phrase = table.longestMatch(in: tokens, at: position) {
          found.append((rule, phrase))
          break
        }
      }
    }
    return found
  }
}
