extension RelationshipGraph {
  /// A copy holding every entity and only the relations for which `isIncluded` returns true.
  public func filtered(_ isIncluded: (Relation) -> Bool) -> RelationshipGraph {
    mappingRelations { isIncluded($0) ? $0 : nil }
  }

  /// A copy holding every entity and, for each relation, what `transform` makes of it (with the
  /// same ends), left out where it gives `nil`.
  func mappingRelations(_ transform: (Relation) -> Relation?) -> RelationshipGraph {
    var result = RelationshipGraph()
    for entity in entities.values { result.add(entity) }
    for relation in relations { if let kept = transform(relation) { try? result.add(kept) } }
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

  /// How many relations each entity takes part in; entities in none are left out.
  public var degrees: [EntityID: Int] {
    var degree: [EntityID: Int] = [:]
    for relation in relations {
      degree[relation.source, default: 0] += 1
      degree[relation.target, default: 0] += 1
    }
    return degree
  }

  /// The ids of the `count` entities with the most relations (ties by id), most connected first.
  public func mostConnected(_ count: Int) -> [EntityID] {
    degrees.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(count).map(\.key)
  }
}
