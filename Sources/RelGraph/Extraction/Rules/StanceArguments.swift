extension SentenceView {
  /// The holder and the target of a stance word at `position`: the possessive just before it
  /// ("UNHRC's condemnation of Iran") or the subject, toward the first entity after it in the
  /// clause, an agreement if the clause names one.
  func stance(_ kind: RelationKind, at position: Int) -> RelationCandidate? {
    let owner = arguments.last { $0.isPossessive && $0.range.upperBound + 1 == position }
    guard let source = owner ?? subject(before: position) else { return nil }
    let boundary = clauseEnd(after: position)
    let after = arguments.filter {
      $0.range.lowerBound > position && $0.range.lowerBound < boundary && $0.id != source.id
    }
    guard let target = after.first(where: { $0.kind == .agreement }) ?? after.first else { return nil }
    return RelationCandidate(source: source.id, kind: kind, target: target.id)
  }
}
