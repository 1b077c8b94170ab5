/// A failure reported by Graphviz, with the message it gave.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The DOT text could not be parsed.
  case invalidDOT(detail: String)
  /// The layout engine refused or failed to lay the graph out.
  case layoutFailed(engine: String, detail: String)
  /// The laid-out graph could not be written in the requested format.
  case renderFailed(format: String, detail: String)
  /// Graphviz started without its plugins, so it can neither lay out nor render.
  case pluginsMissing

  public var description: String {
    switch self {
    case .invalidDOT(let detail):
      "Graphviz could not parse the DOT input: \(detail)"
    case .layoutFailed(let engine, let detail):
      "layout engine '\(engine)' failed: \(detail)"
    case .renderFailed(let format, let detail):
      "Graphviz could not render format '\(format)': \(detail)"
    case .pluginsMissing:
      "Graphviz found no layout plugins; install them with 'apt-get install libgraphviz-dev' "
        + "(or run 'dot -c' as root to rebuild the plugin configuration)"
    }
  }
}
