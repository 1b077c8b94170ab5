extension RelationshipGraph {
  /// A copy holding every entity and only the relations for which `isIncluded` returns true.
  public func filtered(_ isIncluded: (Relation) -> Bool) -> RelationshipGraph {
    var result = RelationshipGraph()
    for entity in entities.values { result.add(entity) }
    for relation in relations where isIncluded(relation) { try? result.add(relation) }
    return result
  }

  /// A copy holding every entity and the relations of the period from `since` to `until` (either
  /// may be `nil` for an open end; each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`): a dated relation
  /// when its date shares a day with the period; an undated one when it is a lasting state (an
  /// alliance, cooperation, membership, affiliation, office or embassy), unless `datedOnly`.
  public func relations(since: DateSpan?, until: DateSpan?, datedOnly: Bool = false) -> RelationshipGraph {
    let period = DateSpan(start: since?.start ?? "0000-01-01", end: until?.end ?? "9999-12-31")
    return filtered { relation in
      guard let date = relation.attributes["date"].flatMap(DateSpan.init) else {
        return !datedOnly && (relation.kind.isLastingTie || [.holdsOffice, .embassyIn].contains(relation.kind))
      }
      return date.overlaps(period)
    }
  }

  /// The ids of the `count` entities with the most relations (ties by id), most connected first.
  public func mostConnected(_ count: Int) -> [EntityID] {
    var degree: [EntityID: Int] = [:]
    for relation in relations {
      degree[relation.source, default: 0] += 1
      degree[relation.target, default: 0] += 1
    }
    return degree.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(count).map(\.key)
  }
}
