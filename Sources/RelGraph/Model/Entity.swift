/// A country, person, organization or agreement named in an article.
public struct Entity: Hashable, Sendable, Identifiable {
  /// What an entity is.
  public enum Kind: String, Sendable, CaseIterable, Codable, Comparable {
    case country, person, organization, agreement

    /// Kinds sort in the order of `allCases`.
    public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The kind's place in ``allCases``: a switch, since `allCases.firstIndex(of:)` made sorting
    /// a hundred thousand entities take a fifth of a second.
    var ordinal: Int {
      switch self {
      case .country: 0
      case .person: 1
      case .organization: 2
      case .agreement: 3
      }
    }
  }

  public var id: EntityID
  /// The canonical name, such as "Evo Morales".
  public var name: String
  public var kind: Kind
  /// Other names of the entity in the text: surnames, capitals, demonyms, spellings. Sorted, without duplicates.
  public private(set) var aliases: [String]
  /// Further facts, such as an agreement's `date`.
  public var attributes: [String: String]

  /// Creates an entity whose id derives from `kind` and `name`.
  public init(name: String, kind: Kind, aliases: [String] = [], attributes: [String: String] = [:]) {
    self.init(id: EntityID(kind: kind, name: name), name: name, kind: kind, aliases: aliases, attributes: attributes)
  }

  /// Creates an entity with an explicit id, as read back from a file.
  public init(id: EntityID, name: String, kind: Kind, aliases: [String] = [], attributes: [String: String] = [:]) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = []
    self.attributes = attributes
    addAliases(aliases)
  }

  /// Adds names not yet known, keeping ``aliases`` sorted; the canonical name is never its own alias.
  public mutating func addAliases(_ names: some Sequence<String>) {
    // Most names added are known already (a country named again by the next article); a new
    // one is put in its place, not the whole list sorted again.
    for name in names where !name.isEmpty && name != self.name {
      let position = aliasPosition(of: name)
      if position == aliases.count || aliases[position] != name { aliases.insert(name, at: position) }
    }
  }

  /// Whether `name` is the canonical name or one of the aliases, exactly as written (for lookups
  /// that ignore case and accents, see ``RelationshipGraph/entity(named:)``).
  public func isNamed(_ name: String) -> Bool {
    if name == self.name { return true }
    let position = aliasPosition(of: name)
    return position < aliases.count && aliases[position] == name
  }

  /// Where `name` is or would be among the sorted aliases: a binary search.
  private func aliasPosition(of name: String) -> Int {
    var low = 0
    var high = aliases.count
    while low < high {
      let middle = (low + high) / 2
      if aliases[middle] < name { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Adds the other entity's aliases and any attribute this one lacks.
  ///
  /// The result is the same whichever of the two is merged into the other: of two spellings of
  /// the canonical name ("Hugo Chavez", "Hugo Chávez") the one with more accented letters, or
  /// else the first in code-point order, is canonical, and of two values of an attribute the
  /// first in that order is kept.
  public mutating func merge(_ other: Entity) {
    if other.name != name, Self.prefers(other.name, over: name) {
      let former = name
      name = other.name
      if let position = aliases.firstIndex(of: name) { aliases.remove(at: position) }
      addAliases([former])
    }
    addAliases(other.allNames)
    if !other.attributes.isEmpty { attributes.merge(other.attributes) { Swift.min($0, $1) } }
  }

  /// Whether `candidate` makes a better canonical name than `current`: more letters outside
  /// ASCII (the accents of "Chávez"), or as many and first in code-point order.
  static func prefers(_ candidate: String, over current: String) -> Bool {
    let (a, b) = (candidate.unicodeScalars.count { !$0.isASCII }, current.unicodeScalars.count { !$0.isASCII })
    return a != b ? a > b : candidate.unicodeScalars.lexicographicallyPrecedes(current.unicodeScalars)
  }

  /// The canonical name and every alias.
  public var allNames: [String] { [name] + aliases }

  /// Whether `lhs` comes before `rhs` where entities are listed or drawn: by kind, then name, then id.
  static func precedes(_ lhs: Entity, _ rhs: Entity) -> Bool {
    (lhs.kind.ordinal, lhs.name, lhs.id) < (rhs.kind.ordinal, rhs.name, rhs.id)
  }
}
