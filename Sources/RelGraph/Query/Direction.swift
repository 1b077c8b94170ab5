/// Which relations of an entity a query follows.
public enum Direction: String, CaseIterable, Sendable {
  /// Relations that start at the entity (symmetric relations count both ways).
  case outgoing = "out"
  /// Relations that end at the entity (symmetric relations count both ways).
  case incoming = "in"
  /// Relations in either direction.
  case both
}
