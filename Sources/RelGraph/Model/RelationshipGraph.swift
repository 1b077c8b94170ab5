/// Entities and the typed relations between them.
///
/// Adding an entity whose id is already present merges the two (aliases unioned); adding a
/// relation that is already present merges its evidence. Read the contents in a stable order
/// through ``sortedEntities`` and ``sortedRelations``.
public struct RelationshipGraph: Sendable, Equatable {
  public private(set) var entities: [EntityID: Entity] = [:]
  /// The numbering of the entities, and the relations keyed and listed by it.
  private(set) var table = RelationTable()
  /// Entity ids by folded name and alias, built at the first lookup by name; shared by copies
  /// of the graph until one's names change.
  private var nameIndex = NameIndex()

  /// The relations in the order they were first added.
  public var relations: [Relation] { table.relations }

  /// The numbers of each relation's ends, in the order of ``relations``.
  var ends: [RelationTable.Ends] { table.ends }

  public init() {}

  /// A graph that keeps no lists of relations by end until it is merged into one that does: a
  /// document's. Its tables start at the size an article's graph reaches.
  static func withoutIndexes() -> RelationshipGraph {
    var graph = RelationshipGraph()
    graph.table = RelationTable(listsByEnd: false, capacity: 64)
    graph.entities.reserveCapacity(64)
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
  public mutating func add(_ entity: Entity) { _ = number(adding: entity) }

  /// Adds an entity, or merges it into the one with the same id, and gives its number.
  private mutating func number(adding entity: Entity) -> Int {
    namesWillChange()
    let (number, isNew) = table.number(for: entity.id)
    if isNew {
      entities[entity.id] = entity
    } else {
      // Merged where it lies: a copy written back would hash its id again and retain every field.
      entities.values[entities.index(forKey: entity.id)!].merge(entity)
    }
    return number
  }

  /// Replaces the entity that has `entity`'s id, or adds it.
  mutating func replace(_ entity: Entity) {
    guard table.number(of: entity.id) != nil else { return add(entity) }
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

  /// Whether each entity number is the number of one of `ids` (see ``RelationTable/numberMask(of:)``).
  func numberMask(of ids: some Sequence<EntityID>) -> [Bool] { table.numberMask(of: ids) }

  /// The indices into ``relations`` of the relations leaving `id`.
  func outgoing(of id: EntityID) -> [Int] { table.number(of: id).map { table.outgoing(of: $0) } ?? [] }

  /// The indices into ``relations`` of the relations arriving at `id`.
  func incoming(of id: EntityID) -> [Int] { table.number(of: id).map { table.incoming(of: $0) } ?? [] }

  /// The graph without the entities `removed`, and without relations. The entities kept keep
  /// their numbers, so that relations among them go back in by their old ``ends``.
  ///
  /// Consuming: a graph nobody else holds is changed in place.
  consuming func removingEntities(_ removed: some Sequence<EntityID>) -> RelationshipGraph {
    var kept = self
    kept.namesWillChange()
    kept.table.removeRelations(andNumbersOf: removed)
    for id in removed { kept.entities[id] = nil }
    return kept
  }

  /// Adds a relation, or merges its evidence into the one with the same ends and kind.
  ///
  /// - Throws: ``GraphError/missingEndpoint(_:)`` if either end is not an entity of the graph.
  public mutating func add(_ relation: Relation) throws(GraphError) {
    guard let source = table.number(of: relation.source) else { throw .missingEndpoint(relation.source) }
    guard let target = table.number(of: relation.target) else { throw .missingEndpoint(relation.target) }
    table.insert(relation, ends: RelationTable.Ends(source: source, target: target))
  }

  /// Adds a relation whose ends are entities of the graph, or merges its evidence into the one
  /// with the same ends and kind.
  mutating func insert(_ relation: Relation) {
    let ends = RelationTable.Ends(
      source: table.number(of: relation.source)!, target: table.number(of: relation.target)!)
    table.insert(relation, ends: ends)
  }

  /// ``insert(_:)`` for a relation whose ends are the entities numbered `ends`.
  mutating func insert(_ relation: Relation, ends: RelationTable.Ends) { table.insert(relation, ends: ends) }

  /// Adds every entity and relation of `other`, merging those already present.
  public mutating func merge(_ other: RelationshipGraph) {
    // Names are folded into the index as `add` does: only those new here.
    var numbering = [Int](repeating: 0, count: other.table.numberCount)
    for (id, number) in other.table.numbers { numbering[number] = self.number(adding: other.entities[id]!) }
    // Every endpoint of `other` is now an entity of `self`, numbered by `numbering`.
    for (relation, ends) in zip(other.relations, other.ends) {
      table.insert(relation, ends: RelationTable.Ends(source: numbering[ends.source], target: numbering[ends.target]))
    }
  }

  /// The relation with these ends and kind, if present (ends in either order for symmetric kinds).
  public func relation(from source: EntityID, _ kind: RelationKind, to target: EntityID) -> Relation? {
    let probe = Relation(source: source, kind: kind, target: target)
    guard let from = table.number(of: probe.source), let to = table.number(of: probe.target) else { return nil }
    return table.index(of: RelationTable.Ends(source: from, target: to), kind).map { relations[$0] }
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
