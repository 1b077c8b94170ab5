/// `voted_with` from a voter joining others: "X joined A, B and C in voting …", "X voted with A
/// and B": the voter with each country listed between the link word (`vote-link`) and the voting
/// word (`vote`), not those countries with each other. Lists next to a side of a vote are
/// ``VoteSides``'s.
struct VoteRule: RelationRule {
  let name = "vote-coordination"
  let kinds: Set<RelationKind> = [.votedWith]
  let triggers: [LexiconEntry] = [.vote, .voteSide]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    // The sentence is read once, at its first trigger.
    let firstTrigger = sentence.tokens.indices.first { sentence.is(.vote, at: $0) || sentence.is(.voteSide, at: $0) }
    guard position == firstTrigger, let (voter, joined) = Self.coordination(in: sentence) else { return [] }
    return joined.map { RelationCandidate(source: voter.id, kind: .votedWith, target: $0.id) }
  }

  /// The voter before the sentence's link word and the countries it joined, listed between the
  /// link and the voting word; `nil` when the sentence has no link, or no country before it.
  static func coordination(in sentence: SentenceView) -> (voter: Mention, joined: [Mention])? {
    guard sentence.first(.vote, from: 0) != nil, let link = sentence.first(.voteLink, from: 0) else { return nil }
    let end = sentence.first(.vote, from: link) ?? sentence.tokens.count
    // "… abstained from voting were A, B": a list of abstainers is ``VoteSides``'s. An abstention
    // in a later clause ("…, while Brazil abstained") leaves the list before it alone.
    guard sentence.first(.abstention, from: 0).map({ $0 >= end }) ?? true else { return nil }
    let countries = sentence.arguments.filter { $0.kind == .country }
    guard let voter = countries.last(where: { $0.range.upperBound <= link }) else { return nil }
    let joined = countries.filter {
      $0.range.lowerBound > link && $0.range.upperBound <= end && $0.id != voter.id && !$0.isPossessive
    }
    return joined.isEmpty ? nil : (voter, joined)
  }
}
