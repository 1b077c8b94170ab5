/// The names of the extraction rules that found a relation, each once, in the order they were
/// first recorded: "sale-word", "office-reference", and for a relation found from knowledge
/// rather than text, the knowledge's own rule.
///
/// Node-link JSON writes them joined by commas (`"rule": "sale-word,purchase-word"`).
public struct RuleNames: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
  /// The names, first recorded first.
  public private(set) var names: [String] = []

  /// Names `names`, each once.
  public init(_ names: some Sequence<String>) {
    for name in names { insert(name) }
  }

  public init(arrayLiteral names: String...) { self.init(names) }

  /// The names of a comma-joined list, as node-link JSON writes them; empty names are left out.
  public init(commaSeparated list: String) {
    self.init(list.split(separator: ",").map(String.init))
  }

  /// Adds `name` unless it is there already or empty.
  public mutating func insert(_ name: String) {
    if !name.isEmpty, !names.contains(name) { names.append(name) }
  }

  /// Adds every name of `other` that is not there yet, after the ones that are.
  public mutating func formUnion(_ other: RuleNames) {
    guard other != self else { return }  // most support comes from the same rules
    for name in other.names { insert(name) }
  }

  public func contains(_ name: String) -> Bool { names.contains(name) }

  public var isEmpty: Bool { names.isEmpty }

  public func makeIterator() -> IndexingIterator<[String]> { names.makeIterator() }

  /// The names joined by commas, as node-link JSON writes them.
  public var description: String { names.joined(separator: ",") }
}
