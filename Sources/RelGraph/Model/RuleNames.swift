/// The names of the extraction rules that found a relation, each once, in code-point order (so
/// that relations merged in any order name their rules alike): "sale-word", "office-reference",
/// and for a relation found from knowledge rather than text, the knowledge's own rule.
///
/// Node-link JSON writes them joined by commas (`"rule": "sale-word,purchase-word"`).
public struct RuleNames: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
  /// The names, sorted.
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

  /// Adds `name`, in its place, unless it is there already or empty.
  public mutating func insert(_ name: String) {
    guard !name.isEmpty, !names.contains(name) else { return }
    names.insert(name, at: names.firstIndex { $0 > name } ?? names.count)
  }

  /// Adds every name of `other` that is not there yet.
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
