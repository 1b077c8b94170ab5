/// Entities and the typed relations between them.
///
/// Adding an entity whose id is already present merges the two (aliases unioned); adding a
/// relation that is already present merges its evidence. Read the contents in a stable order
/// through ``sortedEntities`` and ``sortedRelations``.
public struct RelationshipGraph: Sendable, Equatable {
  public private(set) var entities: [EntityID: Entity] = [:]
  /// The relations in the order they were first added.
  public private(set) var relations: [Relation] = []
  /// Each entity's number, handed out in the order entities are added. Relations are keyed and
  /// listed by the numbers of their ends, which hash and compare at a fraction of the cost of
  /// ids: keyed by ids, every relation merged hashed and compared two strings, and every list
  /// of relations by end hashed one more.
  private var numbers: [EntityID: Int] = [:]
  /// How many numbers have been handed out; those of removed entities are not given again.
  private var numberCount = 0
  /// The numbers of each relation's ends, in the order of ``relations``.
  private(set) var ends: [Ends] = []
  private var relationIndex: [NumberedKey: Int] = [:]
  /// Indices into ``relations`` by the number of their source and of their target.
  private var outgoingByNumber: [[Int]] = []
  private var incomingByNumber: [[Int]] = []
  /// Entity ids by folded name and alias, built at the first lookup by name; shared by copies
  /// of the graph until one's names change.
  private var nameIndex = NameIndex()
  /// Whether relations are listed by end. Only a document's own graph goes without: nothing
  /// looks up the relations of one of its entities, and it is merged into one that keeps them.
  private var keepsIndexes = true

  /// The numbers of a relation's source and target (see ``RelationshipGraph``).
  struct Ends: Hashable, Sendable {
    var source: Int
    var target: Int
  }

  /// What makes two relations the same, by the numbers of their ends: both numbers and the kind
  /// packed in one word. The kind takes as many bits as the kinds need, the ends half of the rest
  /// each, so every kind fits however many there are.
  struct NumberedKey: Hashable {
    let packed: UInt64

    /// The bits a kind's ordinal takes.
    static let kindBits = Int.bitWidth - (RelationKind.allCases.count - 1).leadingZeroBitCount
    /// The bits each end's number takes.
    static let endBits = (UInt64.bitWidth - kindBits) / 2

    init(ends: Ends, kind: RelationKind) {
      packed =
        UInt64(ends.source) << (Self.endBits + Self.kindBits) | UInt64(ends.target) << Self.kindBits
        | UInt64(kind.ordinal)
    }

    /// The kind packed in the key.
    var kind: RelationKind { RelationKind.allCases[Int(packed & (1 << Self.kindBits - 1))] }
  }

  /// How many entities a graph can number: what each end's bits in ``NumberedKey`` can hold.
  static let maximumEntityCount = 1 << NumberedKey.endBits

  public init() {}

  /// A graph that keeps no lists of relations by end until it is merged into one that does: a
  /// document's. Its tables start at the size an article's graph reaches, rather than growing to
  /// it step by step, each step hashing every key again.
  static func withoutIndexes() -> RelationshipGraph {
    var graph = RelationshipGraph()
    graph.keepsIndexes = false
    graph.entities.reserveCapacity(64)
    graph.numbers.reserveCapacity(64)
    graph.relationIndex.reserveCapacity(64)
    return graph
  }

  /// Creates a graph holding `entities` and `relations`.
  ///
  /// - Throws: ``GraphError/missingEndpoint(_:)`` if a relation names an entity not given.
  public init(entities: some Sequence<Entity>, relations: some Sequence<Relation>) throws(GraphError) {
    self.entities.reserveCapacity(entities.underestimatedCount)
    numbers.reserveCapacity(entities.underestimatedCount)
    for entity in entities { add(entity) }
    for relation in relations { try add(relation) }
  }

  /// Adds an entity, or merges it into the one with the same id.
  public mutating func add(_ entity: Entity) { _ = number(adding: entity) }

  /// Adds an entity, or merges it into the one with the same id, and gives its number.
  private mutating func number(adding entity: Entity) -> Int {
    namesWillChange()
    let number = numbers.valueInserting(numberCount, for: entity.id)
    guard number == numberCount else {
      // Merged where it lies: a copy of it, written back, hashed its id again and retained every field.
      entities.values[entities.index(forKey: entity.id)!].merge(entity)
      return number
    }
    precondition(numberCount < Self.maximumEntityCount, "a graph holds at most \(Self.maximumEntityCount) entities")
    numberCount += 1
    entities[entity.id] = entity
    if keepsIndexes {
      outgoingByNumber.append([])
      incomingByNumber.append([])
    }
    return number
  }

  /// Replaces the entity that has `entity`'s id, or adds it.
  mutating func replace(_ entity: Entity) {
    guard numbers[entity.id] != nil else { return add(entity) }
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

  /// Whether each entity number is the number of one of `ids`: a test by number, without
  /// hashing, for the ends of many relations.
  func numberMask(of ids: some Sequence<EntityID>) -> [Bool] {
    var mask = [Bool](repeating: false, count: numberCount)
    for id in ids { if let number = numbers[id] { mask[number] = true } }
    return mask
  }

  /// The indices into ``relations`` of the relations leaving `id`.
  func outgoing(of id: EntityID) -> [Int] { numbers[id].map { outgoingByNumber[$0] } ?? [] }

  /// The indices into ``relations`` of the relations arriving at `id`.
  func incoming(of id: EntityID) -> [Int] { numbers[id].map { incomingByNumber[$0] } ?? [] }

  /// The graph without the entities `removed`, and without relations. The entities kept keep
  /// their numbers, so that relations among them go back in by their old ``ends``.
  ///
  /// Consuming: a graph nobody else holds is changed in place, where copying the entities of a
  /// large graph cost a few percent of extraction.
  consuming func removingEntities(_ removed: some Sequence<EntityID>) -> RelationshipGraph {
    var kept = self
    // The tables keep their room: the relations are usually added back, and tables grown from
    // empty hashed every key again at each doubling.
    kept.relations.removeAll(keepingCapacity: true)
    kept.ends.removeAll(keepingCapacity: true)
    kept.relationIndex.removeAll(keepingCapacity: true)
    if kept.keepsIndexes {
      kept.outgoingByNumber = Array(repeating: [], count: kept.numberCount)
      kept.incomingByNumber = Array(repeating: [], count: kept.numberCount)
    }
    kept.namesWillChange()
    for id in removed {
      kept.entities[id] = nil
      kept.numbers[id] = nil
    }
    return kept
  }

  /// Adds a relation, or merges its evidence into the one with the same ends and kind.
  ///
  /// - Throws: ``GraphError/missingEndpoint(_:)`` if either end is not an entity of the graph.
  public mutating func add(_ relation: Relation) throws(GraphError) {
    guard let source = numbers[relation.source] else { throw .missingEndpoint(relation.source) }
    guard let target = numbers[relation.target] else { throw .missingEndpoint(relation.target) }
    insert(relation, ends: Ends(source: source, target: target))
  }

  /// Adds a relation whose ends are entities of the graph, or merges its evidence into the one
  /// with the same ends and kind.
  mutating func insert(_ relation: Relation) {
    insert(relation, ends: Ends(source: numbers[relation.source]!, target: numbers[relation.target]!))
  }

  /// ``insert(_:)`` for a relation whose ends are the entities numbered `ends`.
  mutating func insert(_ relation: Relation, ends: Ends) {
    // A new relation gets the next index, looked up and stored with one hashing of its key.
    let index = relationIndex.valueInserting(relations.count, for: NumberedKey(ends: ends, kind: relation.kind))
    guard index == relations.count else {
      relations[index].merge(relation)
      return
    }
    relations.append(relation)
    self.ends.append(ends)
    guard keepsIndexes else { return }
    outgoingByNumber[ends.source].append(index)
    incomingByNumber[ends.target].append(index)
  }

  /// Adds every entity and relation of `other`, merging those already present.
  public mutating func merge(_ other: RelationshipGraph) {
    // Names are folded into the index as `add` does: only those new here.
    var numbering = [Int](repeating: 0, count: other.numberCount)
    for (id, number) in other.numbers { numbering[number] = self.number(adding: other.entities[id]!) }
    // Every endpoint of `other` is now an entity of `self`, numbered by `numbering`.
    for (relation, ends) in zip(other.relations, other.ends) {
      insert(relation, ends: Ends(source: numbering[ends.source], target: numbering[ends.target]))
    }
  }

  /// The relation with these ends and kind, if present (ends in either order for symmetric kinds).
  public func relation(from source: EntityID, _ kind: RelationKind, to target: EntityID) -> Relation? {
    let probe = Relation(source: source, kind: kind, target: target)
    guard let from = numbers[probe.source], let to = numbers[probe.target] else { return nil }
    return relationIndex[NumberedKey(ends: Ends(source: from, target: to), kind: kind)].map { relations[$0] }
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
