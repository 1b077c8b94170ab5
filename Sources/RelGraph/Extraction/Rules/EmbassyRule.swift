/// `embassy_in`: "X opened an embassy in Y", "the Iranian embassy in La Paz", "la embajada de X
/// en Y", "X moved its embassy from A to B" (an embassy in both).
struct EmbassyRule: RelationRule {
  let name = "embassy-word"
  let kinds: Set<RelationKind> = [.embassyIn]
  let triggers: [LexiconEntry] = [.embassy]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let found = sentence.arguments.filter { $0.kind == .country }
    let end = position + phrase.words.count
    // "the Chilean embassy", "Chile's embassy"; "la embajada de Chile en Lima"; "Chile opened an embassy".
    let owner =
      found.last { $0.range.upperBound == position || ($0.isPossessive && $0.range.upperBound + 1 == position) }
      ?? (sentence.is(.of, at: end) ? found.first { $0.range.lowerBound == end + 1 } : nil)
      ?? found.last { $0.range.upperBound <= position && !$0.isPossessive }
    guard let owner else { return [] }
    var targets: [Mention] = []
    if let from = sentence.first(.from, from: position), let to = sentence.first(.to, from: from),
      let destination = found.first(where: { $0.range.lowerBound > to })
    {
      targets.append(destination)
      if let origin = found.first(where: { $0.range.lowerBound > from && $0.range.upperBound <= to }) {
        targets.append(origin)
      }
    } else if let preposition = sentence.first(.in, from: position, within: 4),
      let place = found.first(where: { $0.range.lowerBound > preposition && $0.range.lowerBound <= preposition + 3 })
    {
      targets.append(place)
    }
    return targets.filter { $0.id != owner.id }.map {
      RelationCandidate(source: owner.id, kind: .embassyIn, target: $0.id)
    }
  }
}
