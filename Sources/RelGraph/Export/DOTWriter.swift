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
  /// Whether edges curve around nodes (`splines=true`) or run straight (`splines=false`).
  ///
  /// Curved routing is what `dot` does anyway, but it makes the force-directed engines many times
  /// slower: `sfdp` took 10.7 s for 200 nodes with it and 0.09 s without (`relgraph-bench layout-cost`).
  public var routesEdgesAroundNodes: Bool

  /// Whether to draw entities that take part in no relation. Off by default: a drawing is about
  /// relations, and Graphviz lines such entities up in one long row. A graph without any
  /// relation is drawn whole either way.
  public var includesUnlinkedEntities: Bool

  public init(
    graphName: String = "relgraph", includesLegend: Bool = true, routesEdgesAroundNodes: Bool = true,
    includesUnlinkedEntities: Bool = false
  ) {
    self.graphName = graphName
    self.includesLegend = includesLegend
    self.routesEdgesAroundNodes = routesEdgesAroundNodes
    self.includesUnlinkedEntities = includesUnlinkedEntities
  }

  /// The DOT text of `graph`.
  public func dot(for graph: RelationshipGraph) -> String {
    var text = DOTString()
    text.raw("digraph ")
    text.quoted(graphName)
    text.raw(" {\n")
    text.raw("  graph [fontname=\"Helvetica\", fontsize=11, overlap=false, splines=\(routesEdgesAroundNodes), outputorder=edgesfirst];\n")
    text.raw("  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1.2];\n")
    text.raw("  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.2, arrowsize=0.7];\n")
    let relations = graph.sortedRelations
    let roles = rolesByPerson(relations, in: graph)
    let entities = drawnEntities(graph)
    for entity in entities {
      text.raw("  ")
      text.quoted(entity.id.rawValue)
      text.raw(" [id=")
      text.quoted(entity.id.rawValue)
      text.raw(", label=")
      text.quoted(entity.name, isLabel: true)
      text.raw(", shape=\(DOTStyle.shape(of: entity.kind)), fillcolor=\"\(DOTStyle.fill(of: entity.kind))\", class=\"\(entity.kind.rawValue)\", tooltip=")
      text.quoted(nodeTooltip(entity, roles: roles[entity.id] ?? []))
      text.raw("];\n")
    }
    // The attributes that depend only on the kind, written once per kind.
    var styles: [RelationKind: String] = [:]
    for relation in relations {
      text.raw("  ")
      text.quoted(relation.source.rawValue)
      text.raw(" -> ")
      text.quoted(relation.target.rawValue)
      text.raw(styles[relation.kind] ?? {
        let kind = relation.kind, color = DOTStyle.color(of: kind)
        let style = " [label=\"\(kind.label)\", color=\"\(color)\", fontcolor=\"\(color)\", style=\(DOTStyle.style(of: kind)), "
          + "class=\"\(kind.rawValue)\"\(kind.isSymmetric ? ", dir=both" : ""), tooltip="
        styles[kind] = style
        return style
      }())
      text.quoted(edgeTooltip(relation, in: graph))
      text.raw("];\n")
    }
    if includesLegend, !entities.isEmpty {
      text.raw(legend(entityKinds: Set(entities.map(\.kind)), relationKinds: Set(graph.relations.map(\.kind))) + "\n")
    }
    text.raw("}\n")
    return String(decoding: text.bytes, as: UTF8.self)
  }

  /// The entities to draw, in a stable order: those in a relation, unless unlinked ones are wanted
  /// or the graph has no relation at all.
  private func drawnEntities(_ graph: RelationshipGraph) -> [Entity] {
    let linked = Set(graph.relations.flatMap { [$0.source, $0.target] })
    let drawsAll = includesUnlinkedEntities || linked.isEmpty
    return graph.sortedEntities.filter { drawsAll || linked.contains($0.id) }
  }

  private func rolesByPerson(_ relations: [Relation], in graph: RelationshipGraph) -> [EntityID: [String]] {
    var roles: [EntityID: [String]] = [:]
    for relation in relations where relation.kind == .holdsOffice || relation.kind == .affiliatedWith {
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

  /// A small grid naming the entity kinds (drawn in their shapes) and relation kinds (in their
  /// colours) present, under a "Legend" title: rows of `rank=same` nodes stacked by invisible edges.
  ///
  /// Plain labels and no cluster: with Graphviz 2.42 an HTML-like label leaks about 1.2 KB per
  /// layout and a cluster with edges about 30 KB (measured with `relgraph-bench render-memory`),
  /// which a process rendering thousands of graphs would feel. The text comes from the fixed
  /// kind names, never from the graph's own names.
  private func legend(entityKinds: Set<Entity.Kind>, relationKinds: Set<RelationKind>) -> String {
    let q = DOTString.quoted
    var lines = [
      "  subgraph \"legend\" {",
      "    node [fontsize=9, height=0.3, margin=\"0.08,0.02\"];",
      "    \"legend:title\" [id=\"legend:title\", label=\"Legend\", shape=plaintext, style=\"\", fontsize=11, tooltip=\"Legend\"];",
    ]
    var rows = [["legend:title"]]
    var entityRow: [String] = []
    for kind in entityKinds.sorted() {
      let id = "legend:\(kind.rawValue)"
      entityRow.append(id)
      lines.append("    \(q(id)) [id=\(q(id)), label=\(q(kind.rawValue)), shape=\(DOTStyle.shape(of: kind)), "
        + "fillcolor=\(q(DOTStyle.fill(of: kind))), tooltip=\(q("entity kind: \(kind.rawValue)"))];")
    }
    rows.append(entityRow)
    let relationKinds = relationKinds.sorted()
    for start in stride(from: 0, to: relationKinds.count, by: 4) {
      var row: [String] = []
      for kind in relationKinds[start..<min(start + 4, relationKinds.count)] {
        let id = "legend:\(kind.rawValue)"
        row.append(id)
        lines.append("    \(q(id)) [id=\(q(id)), label=\(q("→ " + kind.label)), shape=plaintext, style=\"\", "
          + "fontcolor=\(q(DOTStyle.color(of: kind))), tooltip=\(q("relation kind: \(kind.rawValue)"))];")
      }
      rows.append(row)
    }
    lines += Self.grid(rows)
    lines.append("  }")
    return lines.joined(separator: "\n")
  }

  /// Statements that lay the nodes out as a grid: each row on one rank, the rows stacked by
  /// invisible edges between their first nodes.
  private static func grid(_ rows: [[String]]) -> [String] {
    let q = DOTString.quoted
    var lines = rows.filter { $0.count > 1 }.map { "    { rank=same; " + $0.map(q).joined(separator: "; ") + " }" }
    let firsts = rows.compactMap(\.first)
    if firsts.count > 1 { lines.append("    " + firsts.map(q).joined(separator: " -> ") + " [style=invis];") }
    return lines
  }
}
