import CGraphviz

extension Renderer {
  /// The value of attribute `name` of a graph, node or edge; `nil` when it has none.
  ///
  /// The corresponding Graphviz call is `agget`.
  static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
    name.withCString { key in agget(object, UnsafeMutablePointer(mutating: key)).map { String(cString: $0) } }
  }

  /// Sets attribute `name` of a graph, node or edge to `value`, declaring it (default "") if needed.
  ///
  /// The corresponding Graphviz call is `agsafeset`.
  static func setAttribute(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
    name.withCString { key in
      value.withCString { text in
        "".withCString { empty in
          _ = agsafeset(
            object, UnsafeMutablePointer(mutating: key), UnsafeMutablePointer(mutating: text),
            UnsafeMutablePointer(mutating: empty))
        }
      }
    }
  }
}
