import Foundation

extension DOTWriter {
  /// Writes the edge statements of a graph, one relation after another in key order, or any
  /// run of them: `"source" -> "target" [label…, tooltip="…"];`.
  ///
  /// What the statements repeat is written once: each entity's quoted id and escaped name, back
  /// to back in one buffer (by rank in the sorted ids), and each kind's attributes and tooltip
  /// phrase (by ordinal). Writing an edge then copies bytes, and escapes only its evidence.
  struct EdgeStatements: Sendable {
    private let order: RelationOrder
    private let groups: EdgeGroups
    private let graph: RelationshipGraph
    private let entityPieces: [UInt8]
    /// Where each entity's quoted id starts, where its escaped name starts, and where it ends.
    private let entityBounds: [(id: Int, name: Int, end: Int)]
    /// The attributes of an edge that depend only on its kind, up to its tooltip, by kind ordinal.
    private static let styles = RelationKind.allCases.map { kind in
      let color = DOTStyle.color(of: kind)
      return Array(
        (" [label=\"\(kind.label)\", color=\"\(color)\", fontcolor=\"\(color)\", style=\(DOTStyle.style(of: kind)), "
          + "class=\"\(kind.rawValue)\"\(kind.isSymmetric ? ", dir=both" : "")").utf8)
    }
    /// What an edge supported by `n` sentences adds before its tooltip, by `n` (up to 32): a pen
    /// that widens with the support, `1 + log2(n)` points up to 6.
    private static let widths = (0...32).map { count in
      Array((count < 2 ? ", tooltip=" : ", penwidth=\(min(6, 1 + log2(Double(count))).formatted1), tooltip=").utf8)
    }
    /// The attributes of an edge ``GraphDifference/combined(old:new:)`` marks as added (green,
    /// bold) or removed (red, dashed), by change and kind ordinal.
    private static let changedStyles = [("added", "#1a9850", "bold"), ("removed", "#d73027", "dashed")].reduce(
      into: [String: [[UInt8]]]()
    ) { styles, change in
      styles[change.0] = RelationKind.allCases.map { kind in
        Array(
          (" [label=\"\(kind.label)\", color=\"\(change.1)\", fontcolor=\"\(change.1)\", style=\(change.2), "
            + "class=\"\(kind.rawValue)\"\(kind.isSymmetric ? ", dir=both" : "")").utf8)
      }
    }
    /// What a tooltip says between the names of the ends, by kind ordinal.
    private static let phrases = RelationKind.allCases.map { Array(" \($0.rawValue) ".utf8) }

    /// The statements of `graph`'s relations, whose entities are `entities` in `order`'s ranks.
    init(order: RelationOrder, groups: EdgeGroups, entities: [Entity], graph: RelationshipGraph) {
      self.order = order
      self.groups = groups
      self.graph = graph
      var pieces = DOTString()
      var bounds: [(id: Int, name: Int, end: Int)] = []
      for entity in entities {
        let idStart = pieces.bytes.count
        pieces.quoted(entity.id.rawValue)
        let nameStart = pieces.bytes.count
        pieces.escaped(entity.name)
        bounds.append((idStart, nameStart, pieces.bytes.count))
      }
      entityPieces = pieces.bytes
      entityBounds = bounds
    }

    /// How many bytes the statements of `edges` (a range of ``EdgeGroups``) take.
    func size(of edges: Range<Int>) -> Int {
      var count = DOTByteCount()
      write(edges, into: &count)
      return count.count
    }

    /// Writes the statements of `edges`, a range of ``EdgeGroups``.
    func write(_ edges: Range<Int>, into text: inout some DOTSink) {
      entityPieces.withUnsafeBufferPointer { pieces in
        entityBounds.withUnsafeBufferPointer { bounds in
          graph.relations.withUnsafeBufferPointer { relations in
            for edge in edges {
              guard groups.isSingle(edge) else {
                writeMerged(groups.entries(of: edge), pieces: pieces, bounds: bounds, relations: relations, into: &text)
                continue
              }
              let entry = order.entries[groups.first(of: edge)]
              // Through a pointer: a copy of the relation would retain each of its strings and arrays.
              let relation = relations.baseAddress! + entry.relation
              let (source, target) = (bounds[entry.source], bounds[entry.target])
              text.raw("  ")
              text.append(UnsafeBufferPointer(rebasing: pieces[source.id..<source.name]))
              text.raw(" -> ")
              text.append(UnsafeBufferPointer(rebasing: pieces[target.id..<target.name]))
              let kind = relation.pointee.kind.ordinal
              if !relation.pointee.attributes.isEmpty,
                let change = relation.pointee.attributes[GraphDifference.changeAttribute],
                let styles = Self.changedStyles[change]
              {
                text.append(styles[kind])
              } else {
                text.append(Self.styles[kind])
              }
              text.append(Self.widths[min(relation.pointee.evidence.count, Self.widths.count - 1)])
              text.quoted { tooltip in
                tooltip.append(UnsafeBufferPointer(rebasing: pieces[source.name..<source.end]))
                tooltip.append(Self.phrases[relation.pointee.kind.ordinal])
                tooltip.append(UnsafeBufferPointer(rebasing: pieces[target.name..<target.end]))
                writeFacts(of: relation, into: &tooltip)
              }
              text.raw("];\n")
            }
          }
        }
      }
    }

    /// One edge for several relations between the same two entities: from the first relation's
    /// source to its target, labelled with each kind once (strongest first), coloured and styled as
    /// the strongest, both ways when the relations go both ways or one is symmetric, as wide as
    /// all their sentences, with every relation and its evidence in the tooltip.
    private func writeMerged(
      _ members: ArraySlice<Int>, pieces: UnsafeBufferPointer<UInt8>,
      bounds: UnsafeBufferPointer<(id: Int, name: Int, end: Int)>,
      relations: UnsafeBufferPointer<Relation>, into text: inout some DOTSink
    ) {
      let entries = members.map { order.entries[$0] }
      let ranked = entries.sorted {
        DOTStyle.strength.firstIndex(of: relations[$0.relation].kind)!
          < DOTStyle.strength.firstIndex(of: relations[$1.relation].kind)!
      }
      let strongest = relations[ranked[0].relation].kind
      let (source, target) = (bounds[entries[0].source], bounds[entries[0].target])
      let bothWays = entries.contains { relations[$0.relation].kind.isSymmetric || $0.source != entries[0].source }
      let color = DOTStyle.color(of: strongest)
      text.raw("  ")
      text.append(UnsafeBufferPointer(rebasing: pieces[source.id..<source.name]))
      text.raw(" -> ")
      text.append(UnsafeBufferPointer(rebasing: pieces[target.id..<target.name]))
      var kinds: [RelationKind] = []
      for entry in ranked where !kinds.contains(relations[entry.relation].kind) {
        kinds.append(relations[entry.relation].kind)
      }
      text.raw(" [label=")
      text.quoted(kinds.map(\.label).joined(separator: ", "))
      text.raw(", color=\"\(color)\", fontcolor=\"\(color)\", style=\(DOTStyle.style(of: strongest)), class=")
      text.quoted(kinds.map(\.rawValue).joined(separator: " "))
      if bothWays { text.raw(", dir=both") }
      let support = entries.reduce(0) { $0 + relations[$1.relation].evidence.count }
      text.append(Self.widths[min(support, Self.widths.count - 1)])
      text.quoted { tooltip in
        for (number, entry) in ranked.enumerated() {
          if number > 0 { tooltip.raw("\\n\\n") }
          let (from, to) = (bounds[entry.source], bounds[entry.target])
          tooltip.append(UnsafeBufferPointer(rebasing: pieces[from.name..<from.end]))
          tooltip.append(Self.phrases[relations[entry.relation].kind.ordinal])
          tooltip.append(UnsafeBufferPointer(rebasing: pieces[to.name..<to.end]))
          writeFacts(of: relations.baseAddress! + entry.relation, into: &tooltip)
        }
      }
      text.raw("];\n")
    }

    /// The tooltip lines after "Iran supplies Bolivia": a line per attribute, the items, and each
    /// evidence sentence with its document.
    private func writeFacts(of relation: UnsafePointer<Relation>, into text: inout some DOTSink) {
      // The fixed pieces are written already escaped: `\\n` is DOT's line break.
      for (key, value) in relation.pointee.attributes.sorted(by: { $0.key < $1.key }) {
        text.raw("\\n")
        text.escaped(key)
        text.raw(": ")
        text.escaped(value)
      }
      for (index, item) in relation.pointee.items.enumerated() {
        text.raw(index == 0 ? "\\nitems: " : ", ")
        text.escaped(item)
      }
      for evidence in relation.pointee.evidence {
        text.raw("\\n“")
        text.escaped(evidence.sentence)
        text.raw("” (")
        text.escaped(evidence.document)
        text.raw(")")
      }
    }
  }
}

extension Double {
  /// The number with one decimal, as DOT reads it: "2.6".
  fileprivate var formatted1: String {
    let tenths = Int((self * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
