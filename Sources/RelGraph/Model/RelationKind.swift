import Foundation

/// The type of a relation between two entities.
public enum RelationKind: String, Sendable, CaseIterable, Codable, Comparable {
  case holdsOffice = "holds_office"
  case affiliatedWith = "affiliated_with"
  case memberOf = "member_of"
  case visited
  case met
  case signed
  case partyTo = "party_to"
  case supplies
  case cooperatesWith = "cooperates_with"
  case alliedWith = "allied_with"
  case supports
  case opposes
  case embassyIn = "embassy_in"
  case votedWith = "voted_with"

  /// Whether the relation reads the same both ways (A met B is B met A).
  public var isSymmetric: Bool {
    switch self {
    case .met, .cooperatesWith, .alliedWith, .votedWith: true
    default: false
    }
  }

  /// Whether the relation is a lasting tie rather than an act: a date in one of its sentences
  /// does not date the tie itself.
  public var isLastingTie: Bool {
    switch self {
    case .alliedWith, .cooperatesWith, .memberOf, .affiliatedWith: true
    default: false
    }
  }

  /// A short label for drawings: the raw value with spaces.
  public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

  public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The kind's place in ``allCases``, for tables indexed by kind.
  ///
  /// A switch rather than `allCases.firstIndex(of:)`, which costs a hundred times more: export
  /// asks for it several times per relation.
  var ordinal: Int {
    switch self {
    case .holdsOffice: 0
    case .affiliatedWith: 1
    case .memberOf: 2
    case .visited: 3
    case .met: 4
    case .signed: 5
    case .partyTo: 6
    case .supplies: 7
    case .cooperatesWith: 8
    case .alliedWith: 9
    case .supports: 10
    case .opposes: 11
    case .embassyIn: 12
    case .votedWith: 13
    }
  }

  /// Hashes the case, not its raw value: sets and dictionaries of a million relations hash
  /// their kinds a million times, and hashing the name string would cost several times more.
  public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
