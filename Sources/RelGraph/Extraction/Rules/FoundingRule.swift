/// `member_of` from founding an organization: "A, B and C founded O", "A y B fundaron O" (the
/// countries before the verb, and the first organization after it in the clause), and "a treaty
/// establishing a confederation between A, B and C under the name (O)" (the countries after
/// "between", and the first organization after the verb). Founders are members.
struct FoundingRule: RelationRule {
  let name = "founding-word"
  let kinds: Set<RelationKind> = [.memberOf]
  let triggers: [LexiconEntry] = [.founding]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let end = position + phrase.words.count
    guard let body = sentence.arguments.first(where: { $0.kind == .organization && $0.range.lowerBound >= end })
    else { return [] }
    let founders: [Mention]
    if let between = sentence.first(.between, from: end),
      let listed = sentence.countryLists.first(where: { $0[0].range.lowerBound == between + 1 })
    {
      founders = listed
    } else if let founder = sentence.arguments.last(where: { $0.kind == .country && $0.range.upperBound <= position }),
      body.range.lowerBound < sentence.clauseEnd(after: position)
    {
      founders = sentence.countryLists.first { $0.contains { $0.range == founder.range } } ?? [founder]
    } else {
      return []
    }
    return founders.map { RelationCandidate(source: $0.id, kind: .memberOf, target: body.id) }
  }
}
