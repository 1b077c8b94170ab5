/// A typed, directed link between two entities, with the sentences that support it.
public struct Relation: Hashable, Sendable {
  /// What makes two relations the same: their ends and kind (ends sorted for symmetric kinds).
  public struct Key: Hashable, Sendable, Comparable {
    public var source: EntityID
    public var kind: RelationKind
    public var target: EntityID

    public static func < (lhs: Key, rhs: Key) -> Bool {
      (lhs.source, lhs.kind, lhs.target) < (rhs.source, rhs.kind, rhs.target)
    }
  }

  public var source: EntityID
  public var target: EntityID
  public var kind: RelationKind
  /// Facts about the relation: `role` for offices, `date` where the text gives one.
  public var attributes: [String: String]
  /// What is supplied, for ``RelationKind/supplies``: "drones", "boats".
  public var items: [String]
  /// How sure the extractor is, from 0 to 1; hedged statements ("reportedly") score lower.
  public var confidence: Double
  /// The extraction rules that found the relation, so a reader can see why the edge exists.
  public var rules: RuleNames
  /// Every sentence that supports the relation.
  public var evidence: [Evidence]

  public init(
    source: EntityID, kind: RelationKind, target: EntityID, attributes: [String: String] = [:],
    items: [String] = [], confidence: Double = 1, rules: RuleNames = [], evidence: [Evidence] = []
  ) {
    // Symmetric relations are stored one way only, so "A met B" and "B met A" are one relation.
    let (from, to) = kind.isSymmetric && target < source ? (target, source) : (source, target)
    self.source = from
    self.target = to
    self.kind = kind
    self.attributes = attributes
    self.items = items
    self.confidence = confidence
    self.rules = rules
    self.evidence = evidence
  }

  public var key: Key { Key(source: source, kind: kind, target: target) }

  /// Adds the other relation's support: its evidence, items, attributes and rules.
  ///
  /// Confidence becomes the higher of the two: a second independent sentence never makes a fact
  /// less sure. Of two values of an attribute (two dates), the first in code-point order is kept,
  /// so that merging in either order gives the same relation.
  public mutating func merge(_ other: Relation) {
    for item in other.evidence where !evidence.contains(where: { $0.isSamePlace(as: item) }) { evidence.append(item) }
    mergeSupport(of: other)
  }

  /// Adds the other relation's items, attributes, rules and confidence, not its evidence.
  mutating func mergeSupport(of other: Relation) {
    for item in other.items where !items.contains(item) { items.append(item) }
    attributes.merge(other.attributes) { Swift.min($0, $1) }
    confidence = max(confidence, other.confidence)
    rules.formUnion(other.rules)
  }
}
