/// `supplies`, buyer first: "Y bought drones from X", "Y is interested in obtaining Iranian drones".
struct PurchaseRule: RelationRule {
  let name = "purchase-word"
  let kinds: Set<RelationKind> = [.supplies]
  let triggers: [LexiconEntry] = [.purchase]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    sentence.supply(at: position, sellerFirst: false)
  }
}
