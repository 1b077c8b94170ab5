extension DOTWriter {
  /// A small grid naming the entity kinds (drawn in their shapes) and relation kinds (in their
  /// colours) present, under a "Legend" title: rows of `rank=same` nodes stacked by invisible edges.
  ///
  /// Plain labels and no cluster: with Graphviz 2.42 an HTML-like label leaks about 1.2 KB per
  /// layout and a cluster with edges about 30 KB (measured with `relgraph-bench render-memory`),
  /// which a process rendering thousands of graphs would feel. The text comes from the fixed
  /// kind names, never from the graph's own names.
  func legend(entityKinds: Set<Entity.Kind>, relationKinds: Set<RelationKind>) -> String {
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
      lines.append(
        "    \(q(id)) [id=\(q(id)), label=\(q(kind.rawValue)), shape=\(DOTStyle.shape(of: kind)), "
          + "fillcolor=\(q(DOTStyle.fill(of: kind))), tooltip=\(q("entity kind: \(kind.rawValue)"))];")
    }
    rows.append(entityRow)
    let relationKinds = relationKinds.sorted()
    for start in stride(from: 0, to: relationKinds.count, by: 4) {
      var row: [String] = []
      for kind in relationKinds[start..<min(start + 4, relationKinds.count)] {
        let id = "legend:\(kind.rawValue)"
        row.append(id)
        lines.append(
          "    \(q(id)) [id=\(q(id)), label=\(q("→ " + kind.label)), shape=plaintext, style=\"\", "
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
