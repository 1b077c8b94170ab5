/// `cooperates_with`: "cooperation between X and Y", and a word of `ties` followed by one of
/// `ties-link`, at once or after one lower-case word ("ties with A and B", "relaciones
/// diplomáticas con A"), or after one of `ties-verb` ("A and B pledged to deepen military ties") (``SentenceView/symmetricPairs(at:)``).
struct CooperationRule: RelationRule {
  let name = "cooperation-word"
  let kinds: Set<RelationKind> = [.cooperatesWith]
  let triggers: [LexiconEntry] = [.cooperation, .ties]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    if phrase.entry == .ties, sentence.linkWord(.tiesLink, at: position + phrase.words.count) == nil,
      !(max(0, position - 2)..<position).contains(where: { sentence.is(.tiesVerb, at: $0) })
    {
      return []
    }
    return sentence.symmetricPairs(at: position).map {
      RelationCandidate(source: $0, kind: .cooperatesWith, target: $1)
    }
  }
}
