/// `member_of`: "X is a member of O", "X joined O", "X es miembro de O y de P". A trigger that is
/// also a vote link ("joined") counts only when an organization follows it at once.
struct MembershipRule: RelationRule {
  let name = "membership-word"
  let kinds: Set<RelationKind> = [.memberOf]
  let triggers: [LexiconEntry] = [.membership]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let found = sentence.arguments
    if sentence.is(.voteLink, at: position),
      !found.contains(where: { $0.kind == .organization && $0.range.lowerBound == position + 1 })
    {
      return []
    }
    guard let member = found.last(where: { $0.kind == .country && $0.range.upperBound <= position }) else { return [] }
    let boundary = sentence.clauseEnd(after: position)
    return found.filter {
      $0.kind == .organization && $0.range.lowerBound > position && $0.range.lowerBound < boundary
    }.map { RelationCandidate(source: member.id, kind: .memberOf, target: $0.id) }
  }
}
