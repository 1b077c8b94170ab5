/// `supplies` from goods arriving: "Russian air defence systems arrived in Niger", "a Russian
/// tanker with diesel arrives in Cuba". A country (not a person) that arrives or travels somewhere
/// with goods named after it delivers them to the country it reaches. Tried before ``VisitRule``,
/// which reads the same words as a visit when no goods are named.
struct DeliveryRule: RelationRule {
  let name = "delivery-word"
  let kinds: Set<RelationKind> = [.supplies]
  let triggers: [LexiconEntry] = [.visit]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let countries = sentence.arguments.filter { $0.kind == .country }
    guard let sender = countries.last(where: { $0.range.upperBound <= position }),
      !sentence.arguments.contains(where: { $0.kind == .person && $0.range.upperBound <= position }),
      let destination = countries.first(where: { $0.range.lowerBound > position && !$0.isPossessive }),
      destination.id != sender.id
    else { return [] }
    let items = SupplyItems.items(in: sentence.tokens, after: sender.range.upperBound - 1)
    guard !items.isEmpty else { return [] }
    return [RelationCandidate(source: sender.id, kind: .supplies, target: destination.id, items: items)]
  }
}
