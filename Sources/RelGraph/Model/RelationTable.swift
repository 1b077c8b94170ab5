/// The numbering of a graph's entities, and its relations keyed and listed by those numbers:
/// what ``RelationshipGraph`` keeps beside its entities so that merging and querying a large
/// graph compare integers rather than ids.
///
/// Invariants, which ``isConsistent`` checks:
/// - every number below ``numberCount`` was handed to one id, and ``numbers`` holds the ids of
///   the entities present (numbers of removed entities are not handed out again);
/// - ``relations`` and ``ends`` run in step, and every end is a number handed out;
/// - ``keys`` maps the key of each relation's ends and kind to its index, and no two relations
///   share a key;
/// - when the table ``listsByEnd``, each number's outgoing and incoming lists hold exactly the
///   indices of the relations leaving and reaching it, in index order;
/// - ``evidencePlaces`` holds, for the relations it has, exactly the places of their evidence.
struct RelationTable: Sendable {
  /// The numbers of a relation's source and target.
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

  /// How many entities a table can number: what each end's bits in ``NumberedKey`` can hold.
  static let maximumEntityCount = 1 << NumberedKey.endBits

  /// Each entity's number, handed out in the order entities are added.
  private(set) var numbers: [EntityID: Int] = [:]
  /// How many numbers have been handed out.
  private(set) var numberCount = 0
  /// The relations in the order they were first added.
  private(set) var relations: [Relation] = []
  /// The numbers of each relation's ends, in the order of ``relations``.
  private(set) var ends: [Ends] = []
  private var keys: [NumberedKey: Int] = [:]
  /// The places of the evidence of each relation with ``evidenceSetThreshold`` sentences or more,
  /// by its index in ``relations``.
  private var evidencePlaces: [Int: Set<Evidence.Place>] = [:]
  private var outgoingByNumber: [[Int]] = []
  private var incomingByNumber: [[Int]] = []
  /// Whether relations are listed by end. A document's own graph goes without: nothing looks up
  /// the relations of one of its entities, and it is merged into one that keeps them.
  let listsByEnd: Bool

  /// An empty table that lists relations by end if `listsByEnd`, with room for `capacity`
  /// entities and relations.
  init(listsByEnd: Bool = true, capacity: Int = 0) {
    self.listsByEnd = listsByEnd
    numbers.reserveCapacity(capacity)
    keys.reserveCapacity(capacity)
  }

  /// The number of `id`, if it has one.
  func number(of id: EntityID) -> Int? { numbers[id] }

  /// The number of `id`, handed out now if it has none; `isNew` says which.
  mutating func number(for id: EntityID) -> (number: Int, isNew: Bool) {
    let number = numbers.valueInserting(numberCount, for: id)
    guard number == numberCount else { return (number, false) }
    precondition(numberCount < Self.maximumEntityCount, "a graph holds at most \(Self.maximumEntityCount) entities")
    numberCount += 1
    if listsByEnd {
      outgoingByNumber.append([])
      incomingByNumber.append([])
    }
    return (number, true)
  }

  /// Adds `relation`, whose ends are numbered `ends`, or merges it into the relation with the
  /// same ends and kind.
  mutating func insert(_ relation: Relation, ends: Ends) {
    // A new relation gets the next index, looked up and stored with one hashing of its key.
    let index = keys.valueInserting(relations.count, for: NumberedKey(ends: ends, kind: relation.kind))
    guard index == relations.count else {
      merge(relation, into: index)
      return
    }
    relations.append(relation)
    self.ends.append(ends)
    guard listsByEnd else { return }
    outgoingByNumber[ends.source].append(index)
    incomingByNumber[ends.target].append(index)
  }

  /// Merges `other` into the relation at `index`: its evidence at places the relation lacks, and
  /// its other support. A relation with many sentences keeps the places of its evidence in a set
  /// (``evidencePlaces``), so that each merge costs the evidence it brings, not the evidence
  /// the relation has: a year of news repeats some relations tens of thousands of times.
  private mutating func merge(_ other: Relation, into index: Int) {
    let count = relations[index].evidence.count
    guard count + other.evidence.count >= Self.evidenceSetThreshold else {
      relations[index].merge(other)
      return
    }
    var places = evidencePlaces.removeValue(forKey: index) ?? Set(relations[index].evidence.map(Evidence.Place.init))
    for item in other.evidence where places.insert(Evidence.Place(item)).inserted {
      relations[index].evidence.append(item)
    }
    evidencePlaces[index] = places
    relations[index].mergeSupport(of: other)
  }

  /// How many sentences a relation has before its evidence places are kept in a set.
  static let evidenceSetThreshold = 16

  /// The index in ``relations`` of the relation with these ends and kind.
  func index(of ends: Ends, _ kind: RelationKind) -> Int? { keys[NumberedKey(ends: ends, kind: kind)] }

  /// The indices into ``relations`` of the relations leaving the entity numbered `number`.
  func outgoing(of number: Int) -> [Int] { outgoingByNumber[number] }

  /// The indices into ``relations`` of the relations reaching the entity numbered `number`.
  func incoming(of number: Int) -> [Int] { incomingByNumber[number] }

  /// Removes every relation, and the numbers of `ids`. The other ids keep their numbers, so that
  /// relations among them go back in by their old ``ends``; the tables keep their room, as the
  /// relations usually come back.
  mutating func removeRelations(andNumbersOf ids: some Sequence<EntityID>) {
    relations.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    evidencePlaces.removeAll()
    if listsByEnd {
      outgoingByNumber = Array(repeating: [], count: numberCount)
      incomingByNumber = Array(repeating: [], count: numberCount)
    }
    for id in ids { numbers[id] = nil }
  }

  /// Whether each number handed out is the number of one of `ids`: a test by number, without
  /// hashing, for the ends of many relations.
  func numberMask(of ids: some Sequence<EntityID>) -> [Bool] {
    var mask = [Bool](repeating: false, count: numberCount)
    for id in ids { if let number = numbers[id] { mask[number] = true } }
    return mask
  }

  /// Whether the table holds its invariants (see ``RelationTable``): for tests.
  var isConsistent: Bool {
    guard relations.count == ends.count, keys.count == relations.count,
      Set(numbers.values).count == numbers.count, numbers.values.allSatisfy({ $0 < numberCount }),
      ends.allSatisfy({ $0.source < numberCount && $0.target < numberCount })
    else { return false }
    for (index, (relation, ends)) in zip(relations, ends).enumerated()
    where keys[NumberedKey(ends: ends, kind: relation.kind)] != index
      || numbers[relation.source] != ends.source || numbers[relation.target] != ends.target
    {
      return false
    }
    for (index, places) in evidencePlaces where places != Set(relations[index].evidence.map(Evidence.Place.init)) {
      return false
    }
    guard listsByEnd else { return true }
    return (0..<numberCount).allSatisfy { number in
      outgoingByNumber[number] == ends.indices.filter { ends[$0].source == number }
        && incomingByNumber[number] == ends.indices.filter { ends[$0].target == number }
    }
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
