/// `voted_with`: "X joined A, B and C in voting …", "X voted with A and B": one relation per
/// country listed between the link word (`vote-link`) and the voting word (`vote`). Abstainers
/// give none.
struct VoteRule: RelationRule {
  let name = "vote-coordination"
  let kinds: Set<RelationKind> = [.votedWith]
  let triggers: [LexiconEntry] = [.vote]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    // The first vote word of the sentence speaks for it; the others add nothing.
    guard sentence.first(.vote, from: 0) == position, let link = sentence.first(.voteLink, from: 0) else { return [] }
    let end = sentence.first(.vote, from: link) ?? sentence.tokens.count
    // "… abstained from voting were A, B": abstainers vote with nobody. An abstention in a later
    // clause ("…, while Brazil abstained") leaves the list before it alone.
    guard sentence.first(.abstention, from: 0).map({ $0 >= end }) ?? true else { return [] }
    let countries = sentence.arguments.filter { $0.kind == .country }
    guard let voter = countries.last(where: { $0.range.upperBound <= link }) else { return [] }
    return countries.filter {
      $0.range.lowerBound > link && $0.range.upperBound <= end && $0.id != voter.id && !$0.isPossessive
    }.map { RelationCandidate(source: voter.id, kind: .votedWith, target: $0.id) }
  }
}
