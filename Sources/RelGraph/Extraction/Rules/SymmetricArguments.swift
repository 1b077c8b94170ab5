extension SentenceView {
  /// The pairs of countries a symmetric trigger at `position` joins: "between X and Y", "X's
  /// allies … A and B", "ties with A, B and C", or the two countries of the sentence.
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
    if self.is(.with, at: position + 1),
      let subject = countries.last(where: { $0.range.upperBound <= position }).flatMap({ country(of: $0) })
    {
      return countries.filter { $0.range.lowerBound > position }.compactMap { country(of: $0) }.map { (subject, $0) }
    }
    return ids.count == 2 ? [(ids[0], ids[1])] : []
  }
}
