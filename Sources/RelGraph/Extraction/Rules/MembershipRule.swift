/// `member_of`:
/// - "members of O, such as A, B and C", "O members A and B", "the O countries A and B", "O (A,
///   B and C)", "O, which includes A and B" (a phrase of `member-noun`, which counts only here): the
///   organization next to the trigger, and each country of the list after it;
/// - "X is a member of O", "X joined O", "X's bid to join O", "X es miembro de O y de P": the
///   country before the trigger (each country of its list) and each organization after it in the
///   clause. A trigger that is also a vote link ("joined") counts only when an organization
///   follows it at once.
struct MembershipRule: RelationRule {
  let name = "membership-word"
  let kinds: Set<RelationKind> = [.memberOf]
  let triggers: [LexiconEntry] = [.membership, .memberNoun]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let found = sentence.arguments
    let end = position + phrase.words.count
    let organizationAt = { (start: Int) in
      found.first { $0.kind == .organization && $0.range.lowerBound == start }
    }
    // "members of O, such as A and B" and "O members A and B".
    let body =
      sentence.is(.of, at: end)
      ? organizationAt(end + 1) ?? organizationAt(end + 2)
      : found.last { body in
        body.kind == .organization
          && (body.range.upperBound == position
            || body.range.upperBound + 1 == position && sentence.tokens[body.range.upperBound].is(","))
      }
    if let body {
      let members = sentence.listAfter(max(end, body.range.upperBound)).filter { $0.kind == .country }
      if !members.isEmpty {
        return members.map { RelationCandidate(source: $0.id, kind: .memberOf, target: body.id) }
      }
    }
    // A member noun ("countries") counts only right after its body's name.
    if phrase.entry == .memberNoun { return [] }
    if sentence.is(.voteLink, at: position), organizationAt(end) == nil, organizationAt(end + 1) == nil {
      return []
    }
    guard let member = found.last(where: { $0.kind == .country && $0.range.upperBound <= position }) else { return [] }
    let members = sentence.countryLists.first { $0.contains { $0.range == member.range } } ?? [member]
    let boundary = sentence.clauseEnd(after: position)
    let bodies = found.filter {
      $0.kind == .organization && $0.range.lowerBound >= end && $0.range.lowerBound < boundary
    }
    return bodies.flatMap { body in
      members.map { RelationCandidate(source: $0.id, kind: .memberOf, target: body.id) }
    }
  }
}
