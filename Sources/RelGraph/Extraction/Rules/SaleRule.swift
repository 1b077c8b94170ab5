/// `supplies`, seller first: "X sold drones to Y", "the sale of … to Y", and verbs that move
/// goods only when goods are named ("X sent weapons to Y", not "X sent a delegation").
struct SaleRule: RelationRule {
  let name = "sale-word"
  let kinds: Set<RelationKind> = [.supplies]
  let triggers: [LexiconEntry] = [.sale, .sending]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let supplies = sentence.supply(at: position, sellerFirst: true)
    let onlyWithGoods = phrase.entry == .sending && supplies.first?.items.isEmpty != false
    return onlyWithGoods ? [] : supplies
  }
}
