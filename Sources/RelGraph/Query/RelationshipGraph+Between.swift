extension RelationshipGraph {
  /// Every relation between two entities, in either direction, sorted by source, then kind.
  ///
  /// - Throws: ``GraphError/unknownEntity(_:suggestions:)`` if either is not in the graph.
  public func relations(between first: EntityID, and second: EntityID) throws(GraphError) -> [Relation] {
    for end in [first, second] where entities[end] == nil {
      throw .unknownEntity(end.rawValue, suggestions: closestNames(to: end.rawValue))
    }
    let leaving = outgoing(of: first).filter { relations[$0].target == second }
    let arriving = incoming(of: first).filter { relations[$0].source == second }
    return (leaving + arriving).map { relations[$0] }.sorted { $0.key < $1.key }
  }
}
