/// A failure to build or query a ``RelationshipGraph``.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No entity has this id, name or alias; `suggestions` holds the closest names.
  case unknownEntity(String, suggestions: [String])
  /// The name belongs to several entities; `candidates` lists their ids.
  case ambiguousEntity(String, candidates: [EntityID])
  /// A relation names an entity the graph does not hold.
  case missingEndpoint(EntityID)
  /// A graph file is not node-link JSON of the expected shape.
  case invalidGraphJSON(detail: String)

  public var description: String {
    switch self {
    case .unknownEntity(let name, let suggestions):
      "no entity named '\(name)'"
        + (suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?")
    case .ambiguousEntity(let name, let candidates):
      "'\(name)' names several entities: " + candidates.map(\.rawValue).joined(separator: ", ")
        + "; use one of these ids"
    case .missingEndpoint(let id):
      "a relation refers to '\(id)', which is not an entity of the graph"
    case .invalidGraphJSON(let detail):
      "not a node-link graph: \(detail)"
    }
  }
}
