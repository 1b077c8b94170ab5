/// `opposes` from ties broken: a word of `ties` one or two words after a verb of `ties-break-verb`
/// ("Panama suspended its diplomatic relations with Venezuela", "A and B froze ties"), between
/// the pair ``SentenceView/symmetricPairs(at:)`` finds, each way when the two are a list. Tried
/// before ``CooperationRule``, which would read the same words as ties kept.
struct TiesBreakRule: RelationRule {
  let name = "ties-break"
  let kinds: Set<RelationKind> = [.opposes]
  let triggers: [LexiconEntry] = [.ties]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    guard let verb = (max(0, position - 3)..<position).last(where: { sentence.is(.tiesBreakVerb, at: $0) }) else {
      return []
    }
    let pairs = sentence.symmetricPairs(at: position)
    // "Panama suspended its relations with Venezuela": the subject broke with the partner; "A and
    // B cut ties": each with the other.
    let mention = sentence.subject(before: verb)
    let isListed =
      mention.map { subject in
        sentence.countryLists.contains { list in list.count > 1 && list.contains { $0.range == subject.range } }
      } ?? false
    let subject = isListed ? nil : mention.flatMap { sentence.country(of: $0) }
    func against(_ source: EntityID, _ target: EntityID) -> RelationCandidate {
      RelationCandidate(source: source, kind: .opposes, target: target)
    }
    return pairs.flatMap { a, b -> [RelationCandidate] in
      if subject == a { return [against(a, b)] }
      if subject == b { return [against(b, a)] }
      return [against(a, b), against(b, a)]
    }
  }
}
