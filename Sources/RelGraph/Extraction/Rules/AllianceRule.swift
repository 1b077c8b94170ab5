/// `allied_with`: "the alliance between X and Y", "X's allies A and B" (``SentenceView/symmetricPairs(at:)``).
struct AllianceRule: RelationRule {
  let name = "alliance-word"
  let kinds: Set<RelationKind> = [.alliedWith]
  let triggers: [LexiconEntry] = [.alliance]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    // "the NATO allies A and B" are members of a body, not allies of each other.
    if sentence.arguments.contains(where: { $0.kind == .organization && $0.range.upperBound == position }) { return [] }
    return sentence.symmetricPairs(at: position).map { RelationCandidate(source: $0, kind: .alliedWith, target: $1) }
  }
}
