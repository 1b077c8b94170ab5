/// `voted_with`, never across the sides of a vote, and never among abstainers:
/// - "X joined A, B and C in voting …", "X voted with A and B": the voter with each country
///   listed between the link word (`vote-link`) and the voting word (`vote`);
/// - otherwise, in a sentence that speaks of a vote, each list of countries next to a side
///   (`vote-side`: "voted", "against", "in favour"; "A and B voted against", "seven against:
///   A, B and C"): every two countries of the list.
struct VoteRule: RelationRule {
  let name = "vote-coordination"
  let kinds: Set<RelationKind> = [.votedWith]
  let triggers: [LexiconEntry] = [.vote, .voteSide]

  /// How many words may stand between a list and the side it took.
  static let sideReach = 4

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    // The sentence is read once, at its first trigger, if it speaks of a vote.
    let firstTrigger = sentence.tokens.indices.first { sentence.is(.vote, at: $0) || sentence.is(.voteSide, at: $0) }
    guard position == firstTrigger, sentence.first(.vote, from: 0) != nil || sentence.first(.abstention, from: 0) != nil
    else { return [] }
    if let link = sentence.first(.voteLink, from: 0), let star = coordination(after: link, in: sentence) {
      return star
    }
    return lists(in: sentence)
  }

  /// The voter before `link` with each country listed after it, before the voting word; `nil`
  /// when no country comes before the link.
  private func coordination(after link: Int, in sentence: SentenceView) -> [RelationCandidate]? {
    let end = sentence.first(.vote, from: link) ?? sentence.tokens.count
    // "… abstained from voting were A, B": abstainers vote with nobody. An abstention in a later
    // clause ("…, while Brazil abstained") leaves the list before it alone.
    guard sentence.first(.abstention, from: 0).map({ $0 >= end }) ?? true else { return [] }
    let countries = sentence.arguments.filter { $0.kind == .country }
    guard let voter = countries.last(where: { $0.range.upperBound <= link }) else { return nil }
    return countries.filter {
      $0.range.lowerBound > link && $0.range.upperBound <= end && $0.id != voter.id && !$0.isPossessive
    }.map { RelationCandidate(source: voter.id, kind: .votedWith, target: $0.id) }
  }

  /// Every two countries of each list that stands next to a side of the vote, not an abstention.
  private func lists(in sentence: SentenceView) -> [RelationCandidate] {
    var found: [RelationCandidate] = []
    for list in sentence.countryLists where list.count >= 2 {
      guard let side = nearestVoteWord(to: list, in: sentence), !sentence.is(.abstention, at: side) else { continue }
      for (offset, a) in list.enumerated() {
        for b in list[(offset + 1)...] where a.id != b.id {
          found.append(RelationCandidate(source: a.id, kind: .votedWith, target: b.id))
        }
      }
    }
    return found
  }

  /// The position of the phrase of `vote-side` or `abstention` nearest to the list, within
  /// ``sideReach`` words of its first or last country; words inside an abstention's phrase
  /// ("abstained from voting") are the abstention's.
  private func nearestVoteWord(to list: [Mention], in sentence: SentenceView) -> Int? {
    let (start, end) = (list[0].range.lowerBound, list[list.count - 1].range.upperBound)
    let window = max(0, start - Self.sideReach)..<min(sentence.tokens.count, end + Self.sideReach)
    var sides: [Int] = []
    var covered = 0
    for position in window where position >= covered && (position < start || position >= end) {
      if let abstention = sentence.tokens.phrase(.abstention, at: position) {
        sides.append(position)
        covered = position + abstention.words.count
      } else if sentence.is(.voteSide, at: position) {
        sides.append(position)
      }
    }
    return sides.min { distance($0, start, end) < distance($1, start, end) }
  }

  private func distance(_ position: Int, _ start: Int, _ end: Int) -> Int {
    position < start ? start - position : position - end
  }
}
