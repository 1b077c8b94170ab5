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
  public func dot(for graph: RelationshipGraph) -> String { String(decoding: utf8(for: graph), as: UTF8.self) }

  /// The DOT text of `graph` as UTF-8 bytes, ready to be written to a file.
  public func utf8(for graph: RelationshipGraph) -> [UInt8] {
    var text = DOTString(capacity: Self.estimatedSize(of: graph))
    text.raw("digraph ")
    text.quoted(graphName)
    text.raw(" {\n")
    text.raw("  graph [fontname=\"Helvetica\", fontsize=11, overlap=false, splines=\(routesEdgesAroundNodes), outputorder=edgesfirst];\n")
    text.raw("  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1.2];\n")
    text.raw("  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.2, arrowsize=0.7];\n")
    let order = RelationOrder(graph)
    let names = order.ids.map { graph.entities[$0]!.name }
    let roles = rolesByPerson(order, names: names, in: graph)
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
    let styles = Dictionary(uniqueKeysWithValues: RelationKind.allCases.map { ($0, Self.edgeStyle($0)) })
    for entry in order.entries {
      writeEdge(
        graph.relations[entry.relation], from: order.ids[entry.source], names[entry.source],
        to: order.ids[entry.target], names[entry.target], style: styles[graph.relations[entry.relation].kind]!, into: &text)
    }
    if includesLegend, !entities.isEmpty {
      text.raw(legend(entityKinds: Set(entities.map(\.kind)), relationKinds: Set(graph.relations.map(\.kind))) + "\n")
    }
    text.raw("}\n")
    return text.bytes
  }

  /// About how many bytes the DOT text of `graph` takes, so the buffer is allocated once rather
  /// than copied as it grows: a few hundred bytes per statement, plus the evidence sentences.
  private static func estimatedSize(of graph: RelationshipGraph) -> Int {
    graph.relations.reduce(400 * graph.entities.count) { size, relation in
      relation.evidence.reduce(size + 400) { $0 + $1.sentence.utf8.count + $1.document.utf8.count }
    }
  }

  /// The entities to draw, in a stable order: those in a relation, unless unlinked ones are wanted
  /// or the graph has no relation at all.
  private func drawnEntities(_ graph: RelationshipGraph) -> [Entity] {
    let drawsAll = includesUnlinkedEntities || graph.relations.isEmpty
    return graph.sortedEntities.filter { drawsAll || graph.outgoing[$0.id] != nil || graph.incoming[$0.id] != nil }
  }

  private func rolesByPerson(_ order: RelationOrder, names: [String], in graph: RelationshipGraph) -> [EntityID: [String]] {
    var roles: [EntityID: [String]] = [:]
    for entry in order.entries {
      let relation = graph.relations[entry.relation]
      guard relation.kind == .holdsOffice || relation.kind == .affiliatedWith else { continue }
      let place = names[entry.target]
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

  private func writeEdge(
    _ relation: Relation, from source: EntityID, _ sourceName: String, to target: EntityID, _ targetName: String,
    style: String, into text: inout DOTString
  ) {
    text.raw("  ")
    text.quoted(source.rawValue)
    text.raw(" -> ")
    text.quoted(target.rawValue)
    text.raw(style)
    text.quoted { writeEdgeTooltip(relation, from: sourceName, to: targetName, into: &$0) }
    text.raw("];\n")
  }

  /// The attributes of an edge that depend only on its kind, up to its tooltip.
  private static func edgeStyle(_ kind: RelationKind) -> String {
    let color = DOTStyle.color(of: kind)
    return " [label=\"\(kind.label)\", color=\"\(color)\", fontcolor=\"\(color)\", style=\(DOTStyle.style(of: kind)), "
      + "class=\"\(kind.rawValue)\"\(kind.isSymmetric ? ", dir=both" : ""), tooltip="
  }

  /// "Iran supplies Bolivia", then a line per attribute, the items, and each evidence sentence with its document.
  private func writeEdgeTooltip(_ relation: Relation, from source: String, to target: String, into text: inout DOTString) {
    text.escaped(source)
    text.escaped(" ")
    text.escaped(relation.kind.rawValue)
    text.escaped(" ")
    text.escaped(target)
    for (key, value) in relation.attributes.sorted(by: { $0.key < $1.key }) {
      text.escaped("\n")
      text.escaped(key)
      text.escaped(": ")
      text.escaped(value)
    }
    for (index, item) in relation.items.enumerated() {
      text.escaped(index == 0 ? "\nitems: " : ", ")
      text.escaped(item)
    }
    for evidence in relation.evidence {
      text.escaped("\n“")
      text.escaped(evidence.sentence)
      text.escaped("” (")
      text.escaped(evidence.document)
      text.escaped(")")
    }
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
