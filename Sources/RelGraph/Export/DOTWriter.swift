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
    let roles = rolesByRank(order, names: names, in: graph)
    let entities = drawnEntities(graph)
    let nodeStyles = Entity.Kind.allCases.map(Self.nodeStyle)
    for entity in entities {
      text.raw("  ")
      text.quoted(entity.id.rawValue)
      text.raw(" [id=")
      text.quoted(entity.id.rawValue)
      text.raw(", label=")
      text.quoted(entity.name, isLabel: true)
      text.raw(nodeStyles[entity.kind.ordinal])
      text.quoted(nodeTooltip(entity, roles: roles[order.rank(of: entity.id)!]))
      text.raw("];\n")
    }
    let ends = EdgeEnds(ids: order.ids, names: names)
    var drawnKinds = Set<RelationKind>()
    for entry in order.entries {
      writeEdge(graph.relations[entry.relation], from: entry.source, to: entry.target, ends: ends, into: &text)
      drawnKinds.insert(graph.relations[entry.relation].kind)
    }
    if includesLegend, !entities.isEmpty {
      text.raw(legend(entityKinds: Set(entities.map(\.kind)), relationKinds: drawnKinds) + "\n")
    }
    text.raw("}\n")
    return text.bytes
  }

  /// About how many bytes the DOT text of `graph` takes, so the buffer is rarely copied as it grows.
  private static func estimatedSize(of graph: RelationshipGraph) -> Int {
    400 * graph.entities.count + 600 * graph.relations.count
  }

  /// The entities to draw, in a stable order: those in a relation, unless unlinked ones are wanted
  /// or the graph has no relation at all.
  private func drawnEntities(_ graph: RelationshipGraph) -> [Entity] {
    let drawsAll = includesUnlinkedEntities || graph.relations.isEmpty
    return graph.sortedEntities.filter { drawsAll || graph.outgoing[$0.id] != nil || graph.incoming[$0.id] != nil }
  }

  /// The offices and affiliations of each entity, by rank: "President, Bolivia".
  private func rolesByRank(_ order: RelationOrder, names: [String], in graph: RelationshipGraph) -> [[String]] {
    var roles = [[String]](repeating: [], count: order.ids.count)
    for entry in order.entries where [.holdsOffice, .affiliatedWith].contains(graph.relations[entry.relation].kind) {
      let place = names[entry.target]
      roles[entry.source].append(graph.relations[entry.relation].attributes["role"].map { "\($0), \(place)" } ?? place)
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

  /// What edge statements repeat, written once: each entity's quoted id and escaped name (by
  /// rank in the sorted ids), each kind's attributes and tooltip phrase (by ordinal).
  private struct EdgeEnds {
    let quotedIDs: [[UInt8]]
    let escapedNames: [[UInt8]]
    let styles: [[UInt8]] = RelationKind.allCases.map { Array(DOTWriter.edgeStyle($0).utf8) }
    let phrases: [[UInt8]] = RelationKind.allCases.map { Array(" \($0.rawValue) ".utf8) }

    init(ids: [EntityID], names: [String]) {
      quotedIDs = ids.map { Array(DOTString.quoted($0.rawValue).utf8) }
      escapedNames = names.map { name in
        var text = DOTString()
        text.escaped(name)
        return text.bytes
      }
    }
  }

  /// `"source" -> "target" [style…, tooltip="…"];` for the relation whose ends have these ranks.
  private func writeEdge(_ relation: Relation, from source: Int, to target: Int, ends: EdgeEnds, into text: inout DOTString) {
    text.raw("  ")
    text.append(ends.quotedIDs[source])
    text.raw(" -> ")
    text.append(ends.quotedIDs[target])
    text.append(ends.styles[relation.kind.ordinal])
    text.quoted { tooltip in
      tooltip.append(ends.escapedNames[source])
      tooltip.append(ends.phrases[relation.kind.ordinal])
      tooltip.append(ends.escapedNames[target])
      writeEdgeFacts(relation, into: &tooltip)
    }
    text.raw("];\n")
  }

  /// The attributes of a node that depend only on its kind, up to its tooltip.
  private static func nodeStyle(_ kind: Entity.Kind) -> String {
    ", shape=\(DOTStyle.shape(of: kind)), fillcolor=\"\(DOTStyle.fill(of: kind))\", class=\"\(kind.rawValue)\", tooltip="
  }

  /// The attributes of an edge that depend only on its kind, up to its tooltip.
  private static func edgeStyle(_ kind: RelationKind) -> String {
    let color = DOTStyle.color(of: kind)
    return " [label=\"\(kind.label)\", color=\"\(color)\", fontcolor=\"\(color)\", style=\(DOTStyle.style(of: kind)), "
      + "class=\"\(kind.rawValue)\"\(kind.isSymmetric ? ", dir=both" : ""), tooltip="
  }

  /// The tooltip lines after "Iran supplies Bolivia": a line per attribute, the items, and each
  /// evidence sentence with its document.
  private func writeEdgeFacts(_ relation: Relation, into text: inout DOTString) {
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
