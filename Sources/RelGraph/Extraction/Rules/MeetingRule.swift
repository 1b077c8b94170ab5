/// `met`: "A met B", "A and B exchanged …", "encuentro con B": two distinct people of the
/// sentence, the nearest before the trigger and the first after it; and `visited` when the
/// meeting is "in" a country other than A's ("A held talks in Lima with B").
struct MeetingRule: RelationRule {
  let name = "meeting-word"
  let kinds: Set<RelationKind> = [.met]
  let triggers: [LexiconEntry] = [.meeting]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    var persons: [Mention] = []
    for mention in sentence.arguments where mention.kind == .person && !persons.contains(where: { $0.id == mention.id })
    {
      persons.append(mention)
    }
    guard persons.count >= 2 else { return [] }
    let before = persons.last { $0.range.upperBound <= position } ?? persons[0]
    guard
      let after = persons.first(where: { $0.range.lowerBound > position && $0.id != before.id })
        ?? persons.first(where: { $0.id != before.id })
    else { return [] }
    let met = RelationCandidate(source: before.id, kind: .met, target: after.id)
    // "X held talks in Lima with Y": a meeting in another country than X's is a visit there.
    guard
      let place = sentence.arguments.first(where: {
        $0.kind == .country && !$0.isPossessive && sentence.is(.in, at: $0.range.lowerBound - 1)
      }),
      let home = sentence.country(of: before), home != place.id
    else { return [met] }
    return [met, RelationCandidate(source: before.id, kind: .visited, target: place.id)]
  }
}
