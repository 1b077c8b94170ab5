/// What changed from one graph to another: the entities and relations (by id, and by ends and
/// kind) only one of them has.
public struct GraphDifference: Sendable {
  public var addedEntities: [Entity]
  public var removedEntities: [Entity]
  public var addedRelations: [Relation]
  public var removedRelations: [Relation]

  /// The attribute ``combined`` sets on each relation that changed: `added` or `removed`.
  public static let changeAttribute = "change"

  /// The difference from `old` to `new`, each list in the graphs' sorted order.
  public init(from old: RelationshipGraph, to new: RelationshipGraph) {
    addedEntities = new.sortedEntities.filter { old.entities[$0.id] == nil }
    removedEntities = old.sortedEntities.filter { new.entities[$0.id] == nil }
    let oldKeys = Set(old.relations.map(\.key))
    let newKeys = Set(new.relations.map(\.key))
    addedRelations = new.sortedRelations.filter { !oldKeys.contains($0.key) }
    removedRelations = old.sortedRelations.filter { !newKeys.contains($0.key) }
  }

  /// Whether the two graphs hold the same entities and relations.
  public var isEmpty: Bool {
    addedEntities.isEmpty && removedEntities.isEmpty && addedRelations.isEmpty && removedRelations.isEmpty
  }

  /// Both graphs in one, each relation that changed marked by ``changeAttribute``, for drawing.
  public func combined(old: RelationshipGraph, new: RelationshipGraph) -> RelationshipGraph {
    var graph = new
    graph.merge(old)
    let added = Set(addedRelations.map(\.key))
    let removed = Set(removedRelations.map(\.key))
    return graph.mappingRelations { relation in
      var marked = relation
      if added.contains(relation.key) { marked.attributes[Self.changeAttribute] = "added" }
      if removed.contains(relation.key) { marked.attributes[Self.changeAttribute] = "removed" }
      return marked
    }
  }
}
