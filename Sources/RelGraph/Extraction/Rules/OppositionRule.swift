/// `opposes`: "X condemned Y", "X's criticism of Y", "X demanded answers from Y"
/// (``SentenceView/stance(_:at:)``).
struct OppositionRule: RelationRule {
  let name = "opposition-word"
  let kinds: Set<RelationKind> = [.opposes]
  let triggers: [LexiconEntry] = [.opposition]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    sentence.stance(.opposes, at: position, length: phrase.words.count)
  }
}
