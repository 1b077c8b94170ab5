/// Writes a ``RelationshipGraph`` as DOT text for Graphviz.
///
/// One statement per entity (shape and colour by kind, the id as the SVG `id`, the aliases and
/// roles as its tooltip) and per relation (colour and style by kind, a short label, the evidence
/// as its tooltip), then a legend of the kinds present. Output is deterministic.
public struct DOTWriter: Sendable {
  /// The graph's name, which Graphviz puts in the SVG `<title>`.
  public var graphName: String
  /// Whether to draw the legend of entity and relation kinds.
  public var includesLegend: Bool

  public init(graphName: String = "relgraph", includesLegend: Bool = true) {
    self.graphName = graphName
    self.includesLegend = includesLegend
  }

  /// The DOT text of `graph`.
  public func dot(for graph: RelationshipGraph) -> String {
    let q = DOTString.quoted
    var lines = [
      "digraph \(q(graphName)) {",
      "  graph [fontname=\"Helvetica\", fontsize=11, overlap=false, splines=true, outputorder=edgesfirst];",
      "  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1.2];",
      "  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.2, arrowsize=0.7];",
    ]
    let roles = rolesByPerson(graph)
    for entity in graph.sortedEntities {
      let tooltip = nodeTooltip(entity, roles: roles[entity.id] ?? [])
      lines.append(
        "  \(q(entity.id.rawValue)) [id=\(q(entity.id.rawValue)), label=\(DOTString.label(entity.name)), "
          + "shape=\(DOTStyle.shape(of: entity.kind)), fillcolor=\(q(DOTStyle.fill(of: entity.kind))), "
          + "class=\(q(entity.kind.rawValue)), tooltip=\(q(tooltip))];")
    }
    for relation in graph.sortedRelations {
      let color = DOTStyle.color(of: relation.kind)
      var attributes = [
        "label=\(q(relation.kind.label))", "color=\(q(color))", "fontcolor=\(q(color))",
        "style=\(DOTStyle.style(of: relation.kind))", "class=\(q(relation.kind.rawValue))",
        "tooltip=\(q(edgeTooltip(relation, in: graph)))",
      ]
      if relation.kind.isSymmetric { attributes.append("dir=both") }
      lines.append("  \(q(relation.source.rawValue)) -> \(q(relation.target.rawValue)) [\(attributes.joined(separator: ", "))];")
    }
    if includesLegend, !graph.entities.isEmpty { lines.append(legend(for: graph)) }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  private func rolesByPerson(_ graph: RelationshipGraph) -> [EntityID: [String]] {
    var roles: [EntityID: [String]] = [:]
    for relation in graph.sortedRelations where relation.kind == .holdsOffice || relation.kind == .affiliatedWith {
      let place = graph.entities[relation.target]?.name ?? relation.target.rawValue
      let role = relation.attributes["role"].map { "\($0), \(place)" } ?? place
      roles[relation.source, default: []].append(role)
    }
    return roles
  }

  private func nodeTooltip(_ entity: Entity, roles: [String]) -> String {
    var lines = ["\(entity.name) (\(entity.kind.rawValue))"]
    if !entity.aliases.isEmpty { lines.append("also: " + entity.aliases.joined(separator: ", ")) }
    lines += roles
    for (key, value) in entity.attributes.sorted(by: { $0.key < $1.key }) { lines.append("\(key): \(value)") }
    return lines.joined(separator: "\n")
  }

  private func edgeTooltip(_ relation: Relation, in graph: RelationshipGraph) -> String {
    let name = { (id: EntityID) in graph.entities[id]?.name ?? id.rawValue }
    var lines = ["\(name(relation.source)) \(relation.kind.rawValue) \(name(relation.target))"]
    for (key, value) in relation.attributes.sorted(by: { $0.key < $1.key }) { lines.append("\(key): \(value)") }
    if !relation.items.isEmpty { lines.append("items: " + relation.items.joined(separator: ", ")) }
    for evidence in relation.evidence { lines.append("“\(evidence.sentence)” (\(evidence.document))") }
    return lines.joined(separator: "\n")
  }

  /// A single HTML-table node naming the entity and relation kinds present, in their colours.
  ///
  /// Its text is built only from the fixed kind names, never from the graph's own names.
  private func legend(for graph: RelationshipGraph) -> String {
    let entityKinds = Set(graph.entities.values.map(\.kind)).sorted()
    let relationKinds = Set(graph.relations.map(\.kind)).sorted()
    var rows = entityKinds.map { kind in
      "<TR><TD BGCOLOR=\"\(DOTStyle.fill(of: kind))\">\(kind.rawValue) (\(DOTStyle.shape(of: kind)))</TD></TR>"
    }
    rows += relationKinds.map { kind in
      "<TR><TD><FONT COLOR=\"\(DOTStyle.color(of: kind))\">→ \(kind.label)</FONT></TD></TR>"
    }
    return "  \"relgraph:legend\" [id=\"relgraph:legend\", shape=plain, style=\"\", fontsize=9, tooltip=\"Legend\", "
      + "label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
      + "<TR><TD><B>Legend</B></TD></TR>\(rows.joined())</TABLE>>];"
  }
}
