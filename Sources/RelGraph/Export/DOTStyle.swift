/// How each kind of entity and relation is drawn.
enum DOTStyle {
  static func shape(of kind: Entity.Kind) -> String {
    switch kind {
    case .country: "box"
    case .person: "ellipse"
    case .organization: "hexagon"
    case .agreement: "note"
    }
  }

  static func fill(of kind: Entity.Kind) -> String {
    switch kind {
    case .country: "#dbe9f6"
    case .person: "#fdebd0"
    case .organization: "#e8daef"
    case .agreement: "#d5f5e3"
    }
  }

  static func color(of kind: RelationKind) -> String {
    switch kind {
    case .holdsOffice: "#5d6d7e"
    case .affiliatedWith: "#7f8c8d"
    case .memberOf: "#2874a6"
    case .visited: "#ca6f1e"
    case .met: "#d68910"
    case .signed: "#1e8449"
    case .partyTo: "#27ae60"
    case .supplies: "#c0392b"
    case .cooperatesWith: "#2e86c1"
    case .alliedWith: "#1a5276"
    case .supports: "#229954"
    case .opposes: "#922b21"
    case .embassyIn: "#7d3c98"
    case .votedWith: "#b7950b"
    }
  }

  /// Dashed for personal and diplomatic acts, solid for lasting ties.
  static func style(of kind: RelationKind) -> String {
    switch kind {
    case .visited, .met, .votedWith: "dashed"
    case .holdsOffice, .affiliatedWith, .memberOf: "dotted"
    default: "solid"
    }
  }

  /// How much a relation says about two entities, most first: the kind whose colour and style a
  /// merged edge takes (``DOTWriter/mergesParallelEdges``).
  static let strength: [RelationKind] = [
    .alliedWith, .opposes, .supplies, .signed, .partyTo, .memberOf, .cooperatesWith, .supports, .embassyIn,
    .votedWith, .visited, .met, .holdsOffice, .affiliatedWith,
  ]
}
