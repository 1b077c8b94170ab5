/// Entities and the typed relations between them.
///
/// Adding an entity whose id is already present merges the two (aliases unioned); adding a
/// relation that is already present merges its evidence. Read the contents in a stable order
/// through ``sortedEntities`` and ``sortedRelations``.
public struct RelationshipGraph: Sendable, Equatable {
  public private(set) var entities: [EntityID: Entity] = [:]
  /// The relations in the order they were first added.
  public private(set) var relations: [Relation] = []
  private var relationIndex: [Relation.Key: Int] = [:]
  /// Indices into ``relations`` by source and by target.
  private(set) var outgoing: [EntityID: [Int]] = [:]
  private(set) var incoming: [EntityID: [Int]] = [:]
  /// Entity ids by folded name and alias, built at the first lookup by name; shared by copies
  /// of the graph until one's names change.
  private var nameIndex = NameIndex()
  /// Whether ``outgoing`` and ``incoming`` are kept. Only a document's own graph goes without:
  /// nothing looks up the relations of one of its entities, and it is merged into one that keeps them.
  private var keepsIndexes = true

  public init() {}

  /// A graph that keeps no lists of relations by end until it is merged into one that does: a
  /// document's. Its tables start at the size an article's graph reaches, rather than growing to
  /// it step by step, each step hashing every key again.
  static func withoutIndexes() -> RelationshipGraph {
    var graph = RelationshipGraph()
    graph.keepsIndexes = false
    graph.entities.reserveCapacity(64)
    graph.relationIndex.reserveCapacity(64)
    return graph
  }

  /// Creates a graph holding `entities` and `relations`.
  ///
  /// - Throws: ``GraphError/missingEndpoint(_:)`` if a relation names an entity not given.
  public init(entities: some Sequence<Entity>, relations: some Sequence<Relation>) throws(GraphError) {
    self.entities.reserveCapacity(entities.underestimatedCount)
    for entity in entities { add(entity) }
    for relation in relations { try add(relation) }
  }

  /// Adds an entity, or merges it into the one with the same id.
  public mutating func add(_ entity: Entity) {
    namesWillChange()
    guard let known = entities.index(forKey: entity.id) else {
      entities[entity.id] = entity
      return
    }
    // Merged where it lies: a copy of it, written back, hashed its id again and retained every field.
    entities.values[known].merge(entity)
  }

  /// Replaces the entity that has `entity`'s id.
  mutating func replace(_ entity: Entity) {
    namesWillChange()
    entities[entity.id] = entity
  }

  /// Leaves the name index to be built anew when names are next looked up, unless it is unbuilt
  /// and this graph's own.
  private mutating func namesWillChange() {
    if !isKnownUniquelyReferenced(&nameIndex) || nameIndex.isBuilt { nameIndex = NameIndex() }
  }

  /// The ids of the entities that have a name or id whose ``NameKey`` is `key`.
  func ids(namedByKey key: String) -> [EntityID] { nameIndex.ids(forKey: key, building: entities) }

  /// The graph without the entities `removed`, and without relations. Consuming: a graph nobody
  /// else holds is changed in place, where copying the entities of a large graph cost a few
  /// percent of extraction.
  consuming func removingEntities(_ removed: some Sequence<EntityID>) -> RelationshipGraph {
    var kept = self
    // The tables keep their room: the relations are usually added back, and tables grown from
    // empty hashed every key again at each doubling.
    kept.relations.removeAll(keepingCapacity: true)
    kept.relationIndex.removeAll(keepingCapacity: true)
    kept.outgoing.removeAll(keepingCapacity: true)
    kept.incoming.removeAll(keepingCapacity: true)
    kept.namesWillChange()
    for id in removed { kept.entities[id] = nil }
    return kept
  }

  /// Adds a relation, or merges its evidence into the one with the same ends and kind.
  ///
  /// - Throws: ``GraphError/missingEndpoint(_:)`` if either end is not an entity of the graph.
  public mutating func add(_ relation: Relation) throws(GraphError) {
    // Tested by index: reading the entity to compare it with `nil` copied, and then destroyed, it.
    if entities.index(forKey: relation.source) == nil { throw .missingEndpoint(relation.source) }
    if entities.index(forKey: relation.target) == nil { throw .missingEndpoint(relation.target) }
    insert(relation)
  }

  /// Adds a relation whose ends are entities of the graph, or merges its evidence into the one
  /// with the same ends and kind.
  mutating func insert(_ relation: Relation) {
    // A new relation gets the next index, looked up and stored with one hashing of its key.
    let index = relationIndex.valueInserting(relations.count, for: relation.key)
    guard index == relations.count else {
      relations[index].merge(relation)
      return
    }
    relations.append(relation)
    guard keepsIndexes else { return }
    outgoing[relation.source, default: []].append(index)
    incoming[relation.target, default: []].append(index)
  }

  /// Adds every entity and relation of `other`, merging those already present.
  public mutating func merge(_ other: RelationshipGraph) {
    // Names are folded into the index as `add` does: only those new here.
    for entity in other.entities.values { add(entity) }
    // Every endpoint of `other` is now an entity of `self`.
    for relation in other.relations { insert(relation) }
  }

  /// The relation with these ends and kind, if present (ends in either order for symmetric kinds).
  public func relation(from source: EntityID, _ kind: RelationKind, to target: EntityID) -> Relation? {
    let probe = Relation(source: source, kind: kind, target: target)
    return relationIndex[probe.key].map { relations[$0] }
  }

  /// Entities sorted by kind, then name, then id.
  public var sortedEntities: [Entity] {
    // Positions are sorted, not entities: moving an entity in the sort retained each of its fields.
    let unsorted = Array(entities.values)
    return unsorted.indices.sorted { Entity.precedes(unsorted[$0], unsorted[$1]) }.map { unsorted[$0] }
  }

  /// Relations sorted by source, kind and target.
  public var sortedRelations: [Relation] { RelationOrder(self).entries.map { relations[$0.relation] } }

  public static func == (lhs: RelationshipGraph, rhs: RelationshipGraph) -> Bool {
    lhs.entities == rhs.entities && Set(lhs.relations) == Set(rhs.relations)
  }
}

extension Dictionary {
  /// The value for `key`, after storing `value` for it if the dictionary had none: the
  /// defaulted subscript, accessed in place, stores its default for a key it lacks, so the
  /// lookup and the insertion hash the key once.
  fileprivate mutating func valueInserting(_ value: Value, for key: Key) -> Value {
    func read(_ stored: inout Value) -> Value { stored }
    return read(&self[key, default: value])
  }
}
