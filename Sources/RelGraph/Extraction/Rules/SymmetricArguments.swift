extension SentenceView {
  /// The pairs of countries a symmetric trigger at `position` joins: "between X and Y", "X's
  /// allies … A and B", "X and its allies, such as A and B", "A, B and C announced their
  /// alliance" (every two of the list), "allies of X, especially A", "ties with A, B and C", or
  /// the two countries of the sentence.
  func symmetricPairs(at position: Int) -> [(EntityID, EntityID)] {
    var countries: [Mention] = []
    for mention in arguments {
      guard let id = country(of: mention), !countries.contains(where: { country(of: $0) == id }) else { continue }
      countries.append(mention, reservingAtFirst: 4)
    }
    let ids = countries.compactMap { country(of: $0) }
    if let between = first(.between, from: position, within: 4) {
      let pair = arguments.filter { $0.range.lowerBound > between }.prefix(2).compactMap { country(of: $0) }
      return pair.count == 2 ? [(pair[0], pair[1])] : []
    }
    if let owner = countries.first(where: {
      $0.isPossessive && $0.range.upperBound <= position && position - $0.range.upperBound <= 4
    }), let ownerID = country(of: owner) {
      return ids.filter { $0 != ownerID }.map { (ownerID, $0) }
    }
    if let owner = pronounOwner(before: position) ?? ownerAfterOf(position), let ownerID = country(of: owner) {
      let partners = listAfter(max(position + 1, owner.range.upperBound)).compactMap { country(of: $0) }
      // "A, B and C announced their alliance": the pronoun stands for the whole list.
      if partners.isEmpty, owner.range.upperBound <= position,
        let list = countryLists.first(where: { $0.count > 1 && $0.contains { $0.range == owner.range } })
      {
        let members = list.compactMap { country(of: $0) }
        return members.indices.flatMap { i in members[(i + 1)...].filter { $0 != members[i] }.map { (members[i], $0) } }
      }
      // "Chile, a close ally of the United States, …": the country the phrase describes.
      if partners.isEmpty, owner.range.lowerBound > position,
        let described = countries.last(where: { $0.range.upperBound <= position && !$0.isPossessive }),
        let describedID = country(of: described), describedID != ownerID
      {
        return [(describedID, ownerID)]
      }
      return partners.filter { $0 != ownerID }.map { (ownerID, $0) }
    }
    // "ties with A and B", "relaciones diplomáticas con A": the list after the link word, or else
    // the first country after it.
    if let link = linkWord(.with, at: position + 1),
      let subject = countries.last(where: { $0.range.upperBound <= position }).flatMap({ country(of: $0) })
    {
      let listed = listAfter(link + 1)
      let partners = listed.isEmpty ? Array(countries.filter { $0.range.lowerBound > link }.prefix(1)) : listed
      return partners.compactMap { country(of: $0) }.filter { $0 != subject }.map { (subject, $0) }
    }
    return ids.count == 2 ? [(ids[0], ids[1])] : []
  }

  /// The country a possessive pronoun just before `position` stands for ("Venezuela and its
  /// allies"): the last country named before the pronoun.
  private func pronounOwner(before position: Int) -> Mention? {
    guard let pronoun = (max(0, position - 3)..<position).last(where: { self.is(.possessivePronoun, at: $0) }) else {
      return nil
    }
    return arguments.last { $0.kind == .country && $0.range.upperBound <= pronoun && !$0.isPossessive }
  }

  /// The country right after a word of `of` that follows the trigger at `position` ("allies of X").
  private func ownerAfterOf(_ position: Int) -> Mention? {
    guard self.is(.of, at: position + 1) else { return nil }
    return arguments.first { $0.kind == .country && (position + 2...position + 3).contains($0.range.lowerBound) }
  }
}
