extension RelationshipGraph {
  /// Every relation between two entities, in either direction, sorted by kind.
  ///
  /// - Throws: ``GraphError/unknownEntity(_:suggestions:)`` if either is not in the graph.
  public func relations(between first: EntityID, and second: EntityID) throws(GraphError) -> [Relation] {
    for end in [first, second] where entities[end] == nil {
      throw .unknownEntity(end.rawValue, suggestions: closestNames(to: end.rawValue))
    }
    return (outgoing[first] ?? []).compactMap { index -> Relation? in
      relations[index].target == second ? relations[index] : nil
    }
    + (incoming[first] ?? []).compactMap { index -> Relation? in
      relations[index].source == second ? relations[index] : nil
    }
    .sorted { $0.key < $1.key }
  }
}
