/// `supports`: "X backed Y", "X sided with Y", "support for Y" (``SentenceView/stance(_:at:)``).
struct SupportRule: RelationRule {
  let name = "support-word"
  let kinds: Set<RelationKind> = [.supports]
  let triggers: [LexiconEntry] = [.support]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    sentence.stance(.supports, at: position, length: phrase.words.count)
  }
}
