/// `visited`: "X visited Y", "on a visit to Y, X …", "visits by X to Y". The destination is the
/// first country after the trigger; the visitor the nearest person (else the country before the
/// trigger) from another country than the destination.
struct VisitRule: RelationRule {
  let name = "visit-word"
  let kinds: Set<RelationKind> = [.visited]
  let triggers: [LexiconEntry] = [.visit]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let found = sentence.arguments
    guard
      let destination = found.first(where: { $0.range.lowerBound > position && $0.kind == .country && !$0.isPossessive }
      )
    else { return [] }
    let visitors = found.filter {
      $0.id != destination.id && ($0.kind == .person || $0.kind == .country)
        && sentence.country(of: $0) != destination.id
    }
    let nearest =
      visitors.filter { $0.kind == .person }.min {
        abs($0.range.lowerBound - position) < abs($1.range.lowerBound - position)
      }
      ?? visitors.last { $0.range.upperBound <= position && !$0.isPossessive }
    guard let visitor = nearest else { return [] }
    return [RelationCandidate(source: visitor.id, kind: .visited, target: destination.id)]
  }
}
