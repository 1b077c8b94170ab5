/// `visited` and `met` from a host receiving a guest: "Chilean President A received Peruvian
/// Foreign Minister B in Santiago" gives B visited Chile and A met B. The host is the subject
/// (a person or a country); the guest the first person within a few words after the verb; the
/// host's country is the host's own, or the country named after a word of `in`. A guest from the
/// host's country, or of no known country, visited nothing. In the passive ("B was received by
/// A"), the guest is the subject and the host follows the word of `by`.
struct HostRule: RelationRule {
  let name = "host-word"
  let kinds: Set<RelationKind> = [.visited, .met]
  let triggers: [LexiconEntry] = [.host]

  /// How many words may stand between the verb and the guest ("recibe este miércoles en Brasilia
  /// a su par chino, X"), within the verb's clause.
  static let guestReach = 10

  /// How many words a title may take between "by" and the host it names ("by Russian President X").
  static let titleReach = 4

  func relations(at position: Int, of phrase: Lexicon.Phrase, in sentence: SentenceView) -> [RelationCandidate] {
    let end = position + phrase.words.count
    if sentence.is(.passiveAuxiliary, at: position - 1), sentence.is(.by, at: end) {
      // The host: a person named within a few words after "by" (past the title), else a country right after it.
      let first = sentence.is(.article, at: end + 1) ? end + 2 : end + 1
      let person = sentence.arguments.first {
        $0.kind == .person && (first...first + Self.titleReach).contains($0.range.lowerBound)
      }
      guard let guest = sentence.subject(before: position - 1), guest.kind == .person,
        let host = person ?? sentence.arguments.first(where: { $0.kind == .country && $0.range.lowerBound == first })
      else { return [] }
      return relations(host: host, guest: guest, in: sentence)
    }
    let clauseEnd = sentence.clauseEnd(after: position)
    guard let host = sentence.subject(before: position), host.kind == .person || host.kind == .country,
      let guest = sentence.arguments.first(where: {
        $0.kind == .person && $0.range.lowerBound >= end && $0.range.lowerBound - end <= Self.guestReach
          && $0.range.lowerBound < clauseEnd
      })
    else { return [] }
    return relations(host: host, guest: guest, in: sentence)
  }

  /// `met` between a host who is a person and the guest, and `visited` from the guest to the
  /// place named after the guest or else to each host's country.
  private func relations(host: Mention, guest: Mention, in sentence: SentenceView) -> [RelationCandidate] {
    var found: [RelationCandidate] = []
    if host.kind == .person, host.id != guest.id {
      found.append(RelationCandidate(source: host.id, kind: .met, target: guest.id))
    }
    let place = sentence.first(.in, from: guest.range.upperBound, within: 3).flatMap { preposition in
      sentence.arguments.first { $0.kind == .country && $0.range.lowerBound == preposition + 1 }?.id
    }
    // "A and B had hosted X": each country of a listed host received the guest.
    let hosts =
      host.kind == .country && place == nil
      ? sentence.countryLists.first { list in list.contains { $0.range == host.range } } ?? [host] : [host]
    for hostCountry in place.map({ [$0] }) ?? hosts.compactMap({ sentence.country(of: $0) }) {
      if let guestCountry = sentence.country(of: guest), guestCountry != hostCountry {
        found.append(RelationCandidate(source: guest.id, kind: .visited, target: hostCountry))
      }
    }
    return found
  }
}
