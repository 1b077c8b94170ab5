/// `holds_office` from a titled person acting for a country: "Secretary X stressed, on behalf of
/// the United States, …", "el ministro X habló en nombre de Chile". Only a person the text gives
/// a role but no country (``PersonDirectory/placelessRole(of:)``); the country must follow the
/// phrase at once, after an article at most.
struct RepresentationRule: RelationRule {
  let name = "representation-word"
  let kinds: Set<RelationKind> = [.holdsOffice]
  let triggers: [LexiconEntry] = [.representation]

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let end = position + phrase.words.count
    let start = sentence.is(.article, at: end) ? end + 1 : end
    guard let person = sentence.subject(before: position), person.kind == .person,
      let role = sentence.people.placelessRole(of: person.id),
      let country = sentence.arguments.first(where: { $0.kind == .country && $0.range.lowerBound == start })
    else { return [] }
    return [RelationCandidate(source: person.id, kind: .holdsOffice, target: country.id, attributes: ["role": role])]
  }
}
