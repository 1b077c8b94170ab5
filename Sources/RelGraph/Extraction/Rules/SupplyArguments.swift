extension SentenceView {
  /// The suppliers and receivers of a supply verb at `position`: the country or organization
  /// before it (each country of its list: "A and B sent aid to C") and the first other one after
  /// it, the seller first when `sellerFirst` ("X sold to Y"), else the buyer ("Y bought from X");
  /// with the items named after the verb. Empty when either side is missing.
  func supply(at position: Int, sellerFirst: Bool) -> [RelationCandidate] {
    let found = arguments.filter { $0.kind == .country || $0.kind == .organization }
    let before =
      found.last { $0.range.upperBound <= position && !$0.isPossessive }
      ?? found.last { $0.range.upperBound <= position }
    guard let first = before,
      let second = found.first(where: { $0.range.lowerBound > position && $0.id != first.id })
    else { return [] }
    let firsts = countryLists.first { list in list.count > 1 && list.contains { $0.range == first.range } } ?? [first]
    let items = SupplyItems.items(in: tokens, after: position)
    return firsts.filter { $0.id != second.id }.map { first in
      let (seller, buyer) = sellerFirst ? (first, second) : (second, first)
      return RelationCandidate(source: seller.id, kind: .supplies, target: buyer.id, items: items)
    }
  }
}
