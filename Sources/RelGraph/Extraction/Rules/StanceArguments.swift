extension SentenceView {
  /// How many words may stand between a stance phrase and its target, unless the target is an agreement.
  static let stanceReach = 8

  /// The holders and the target of a stance phrase of `length` words at `position`:
  /// - active: the possessive just before it ("UNHRC's condemnation of Iran") or the subject,
  ///   toward the first entity after it in the clause, an agreement if the clause names one;
  /// - passive, when a word of `by` or `from` follows the phrase ("X was sanctioned by A, B and
  ///   C", "X faced criticism from A and B"): the entities after it toward the subject; after an
  ///   auxiliary of the passive without `by` ("X was summoned"), none.
  ///
  /// A holder that is one country of a list stands for each country of the list ("A, B and C
  /// condemned X"), and a country that joined them holds it too ("A joined B and C in condemning
  /// X").
  func stance(_ kind: RelationKind, at position: Int, length: Int) -> [RelationCandidate] {
    let end = position + length
    // "X was sanctioned by A", "X faced criticism from A and B": the holders come after.
    if self.is(.by, at: end) || self.is(.from, at: end) {
      guard let target = subject(before: position) else { return [] }
      let first = self.is(.article, at: end + 1) ? end + 2 : end + 1
      let holders =
        (countryLists.first { $0[0].range.lowerBound == first })
        ?? arguments.first(where: { $0.range.lowerBound == first }).map { [$0] } ?? []
      return holders.filter { $0.id != target.id }.map {
        RelationCandidate(source: $0.id, kind: kind, target: target.id)
      }
    }
    // "X was summoned", with no "by": the holder is not named before the verb.
    if self.is(.passiveAuxiliary, at: position - 1) { return [] }
    guard let source = possessive(before: position) ?? subject(before: position) else { return [] }
    // "stand by them": the object is a pronoun, whose entity this sentence does not name.
    if self.is(.personalPronoun, at: end) { return [] }
    let boundary = clauseEnd(after: position)
    let after = arguments.filter {
      $0.range.lowerBound >= end && $0.range.lowerBound < boundary && $0.id != source.id
    }
    let near = after.first { $0.range.lowerBound - end <= Self.stanceReach }
    guard let target = after.first(where: { $0.kind == .agreement }) ?? near else { return [] }
    var holders =
      countryLists.first { list in list.count > 1 && list.contains { $0.range == source.range } } ?? [source]
    // "Colombia's Foreign Ministry said it would recall …": a country's body speaks for the country.
    if source.kind == .organization, let owner = possessive(before: source.range.lowerBound), owner.kind == .country {
      holders.append(owner)
    }
    // A stance toward a country's body is toward the country too.
    let targets = [target] + (target.kind == .organization ? countryOwning(target).map { [$0] } ?? [] : [])
    return (holders + joiner(of: holders)).flatMap { holder in
      targets.filter { $0.id != holder.id }.map { RelationCandidate(source: holder.id, kind: kind, target: $0.id) }
    }
  }

  /// The mention whose possessive mark stands just before `position` ("Iran's" of "Iran's
  /// condemnation", "Colombia's" of "Colombia's Foreign Ministry").
  private func possessive(before position: Int) -> Mention? {
    arguments.last { $0.isPossessive && $0.range.upperBound + 1 == position }
  }

  /// The country an organization is of, named just after it: "el Consejo Nacional Electoral
  /// (CNE) de Venezuela", "the electoral council of Venezuela" (its acronym in parentheses, then
  /// a word of `of` and an article at most).
  private func countryOwning(_ organization: Mention) -> Mention? {
    var position = organization.range.upperBound
    if position + 2 < tokens.count, tokens[position].is("("), tokens[position + 2].is(")") { position += 3 }
    guard self.is(.of, at: position) else { return nil }
    position += self.is(.article, at: position + 1) ? 2 : 1
    return arguments.first { $0.kind == .country && $0.range.lowerBound == position && !$0.isPossessive }
  }

  /// The country that joined `holders` (a word of `vote-link` just before them, after an article
  /// at most): "A joined B and C in …", "A, alongside B, …".
  private func joiner(of holders: [Mention]) -> [Mention] {
    guard let first = holders.first?.range.lowerBound else { return [] }
    let link = self.is(.article, at: first - 1) ? first - 2 : first - 1
    guard link > 0, self.is(.voteLink, at: link) else { return [] }
    let end = tokens[link - 1].is(",") ? link - 1 : link
    return arguments.filter { $0.kind == .country && $0.range.upperBound == end }
  }
}
