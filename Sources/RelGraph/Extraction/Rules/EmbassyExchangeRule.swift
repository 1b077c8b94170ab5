/// `embassy_in`, both ways, from two countries opening embassies in each other: "A and B will
/// exchange ambassadors", "Venezuela y Colombia intercambiarán embajadores" (the pairs of
/// ``SentenceView/symmetricPairs(at:)``).
struct EmbassyExchangeRule: RelationRule {
  let name = "embassy-exchange"
  let kinds: Set<RelationKind> = [.embassyIn]
  let triggers: [LexiconEntry] = [.embassyExchange]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    sentence.symmetricPairs(at: position).flatMap { a, b in
      [
        RelationCandidate(source: a, kind: .embassyIn, target: b),
        RelationCandidate(source: b, kind: .embassyIn, target: a),
      ]
    }
  }
}
