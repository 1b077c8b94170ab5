/// An entity reached by a neighbor query, with the relations that reached it.
public struct Neighbor: Hashable, Sendable {
  public var entity: Entity
  /// Hops from the queried entity: 1 for direct neighbors.
  public var depth: Int
  /// The relations linking this entity to the entities one hop closer to the query.
  public var relations: [Relation]
}
