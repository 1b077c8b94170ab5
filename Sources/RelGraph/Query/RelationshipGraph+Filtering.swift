extension RelationshipGraph {
  /// A copy holding every entity and only the relations for which `isIncluded` returns true.
  public func filtered(_ isIncluded: (Relation) -> Bool) -> RelationshipGraph {
    var result = RelationshipGraph()
    for entity in entities.values { result.add(entity) }
    for relation in relations where isIncluded(relation) { try? result.add(relation) }
    return result
  }

  /// A copy holding only the entities in `ids` and the relations between them.
  public func keepingEntities(_ ids: Set<EntityID>) -> RelationshipGraph {
    var result = RelationshipGraph()
    for id in ids { if let entity = entities[id] { result.add(entity) } }
    for relation in relations where ids.contains(relation.source) && ids.contains(relation.target) {
      try? result.add(relation)
    }
    return result
  }
}
