extension RelationshipGraph {
  /// A copy holding every entity and only the relations for which `isIncluded` returns true.
  public func filtered(_ isIncluded: (Relation) -> Bool) -> RelationshipGraph {
    var result = RelationshipGraph()
    for entity in entities.values { result.add(entity) }
    for relation in relations where isIncluded(relation) { try? result.add(relation) }
    return result
  }
}
