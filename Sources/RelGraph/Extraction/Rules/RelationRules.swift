/// The relation rules, in the order they are tried: at each word, the rules one of whose trigger
/// phrases starts there are tried in turn, and the first that finds relations is the only one applied.
enum RelationRules {
  static let all: [any RelationRule] = [
    DeliveryRule(), VisitRule(), HostRule(), MeetingRule(), SaleRule(), PurchaseRule(), AllianceRule(),
    TiesBreakRule(), CooperationRule(),
    SupportRule(),
    OppositionRule(), EmbassyExchangeRule(), EmbassyRule(), MembershipRule(), FoundingRule(), VoteRule(),
    RepresentationRule(),
  ]

  /// Every word that can start a rule.
  static let triggerClass = WordClass(all.flatMap(\.triggers))

  /// The rules one of whose trigger phrases starts at `position`, in order, each with its phrase.
  static func rules(at position: Int, in tokens: [Token]) -> [(rule: any RelationRule, phrase: Lexicon.Phrase)] {
    all.compactMap { rule in
      rule.triggers.lazy.compactMap { tokens.phrase($0, at: position) }.first.map { (rule, $0) }
    }
  }
}
