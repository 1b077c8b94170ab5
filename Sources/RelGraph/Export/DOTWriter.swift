import Foundation

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

  /// A link for each entity's node, by id (`URL` in DOT, `<a>` in SVG): a set of drawings that
  /// lead to one another. Empty by default.
  public var nodeLinks: [EntityID: String] = [:]

  /// Whether the relations between the same two entities are drawn as one edge, labelled with
  /// every kind, in the colour of the strongest, with all their evidence in the tooltip. On by
  /// default: four curves between Iran and Bolivia, each labelled, cover each other.
  public var mergesParallelEdges: Bool

  public init(
    graphName: String = "relgraph", includesLegend: Bool = true, routesEdgesAroundNodes: Bool = true,
    includesUnlinkedEntities: Bool = false, mergesParallelEdges: Bool = true
  ) {
    self.graphName = graphName
    self.includesLegend = includesLegend
    self.routesEdgesAroundNodes = routesEdgesAroundNodes
    self.includesUnlinkedEntities = includesUnlinkedEntities
    self.mergesParallelEdges = mergesParallelEdges
  }

  /// The DOT text of `graph`.
  public func dot(for graph: RelationshipGraph) -> String { String(decoding: utf8(for: graph), as: UTF8.self) }

  /// The DOT text of `graph` as UTF-8 bytes, ready to be written to a file.
  ///
  /// Large graphs are written on all cores: the node statements are written while chunks of
  /// the edge statements are measured, then every chunk is written in place in one buffer of the
  /// exact size. The text is the same on any number of cores.
  public func utf8(for graph: RelationshipGraph) -> [UInt8] {
    // Enough chunks to keep every core busy, each large enough to be worth a task. (Asking for
    // the number of cores costs a system call, more than writing a small graph.)
    let chunkSize = 10_000
    guard graph.relations.count >= 2 * chunkSize else { return utf8(for: graph, edgeChunks: 1) }
    return utf8(
      for: graph, edgeChunks: min(4 * ProcessInfo.processInfo.activeProcessorCount, graph.relations.count / chunkSize))
  }

  /// The DOT text of `graph`, its edge statements written in `edgeChunks` chunks.
  func utf8(for graph: RelationshipGraph, edgeChunks: Int) -> [UInt8] {
    let order = RelationOrder(graph)
    let entities = order.ids.map { graph.entities[$0]! }
    let drawn = drawnRanks(order, entities: entities, in: graph)
    let groups = mergesParallelEdges ? EdgeGroups(order) : EdgeGroups(ungrouped: order)
    let edges = EdgeStatements(order: order, groups: groups, entities: entities, graph: graph)
    let chunks = Self.chunks(of: 0..<groups.count, count: edgeChunks)
    let middle = (0..<chunks.count + 1).map(inParallel: chunks.count > 1) { part in
      part == 0
        ? Part.written(nodeStatements(drawn, entities: entities, order: order, in: graph))
        : Part.edges(chunks[part - 1], size: edges.size(of: chunks[part - 1]))
    }
    let parts = [.written(header())] + middle + [.written(footer(drawn.map { entities[$0].kind }, in: graph))]
    let sizes = parts.map(\.size)
    let offsets = sizes.reduce(into: [0]) { $0.append($0.last! + $1) }
    return [UInt8](unsafeUninitializedCapacity: offsets.last!) { buffer, initializedCount in
      let regions = parts.indices.map {
        DOTRegion(UnsafeMutableBufferPointer(rebasing: buffer[offsets[$0]..<offsets[$0 + 1]]))
      }
      let written = parts.indices.map(inParallel: chunks.count > 1) { index in
        var region = regions[index]
        switch parts[index] {
        case .written(let bytes): region.append(bytes)
        case .edges(let entries, _): edges.write(entries, into: &region)
        }
        return region.count
      }
      precondition(written == sizes, "DOT parts were written with other sizes than measured")
      initializedCount = offsets.last!
    }
  }

  /// A part of the text: written already, or a chunk of the edge statements (a range of
  /// ``EdgeGroups``), measured, to be written in place.
  private enum Part: Sendable {
    case written([UInt8])
    case edges(Range<Int>, size: Int)

    var size: Int {
      switch self {
      case .written(let bytes): bytes.count
      case .edges(_, let size): size
      }
    }
  }

  /// `entries` cut into at most `count` contiguous chunks of about the same size.
  private static func chunks(of entries: Range<Int>, count: Int) -> [Range<Int>] {
    let size = max(1, (entries.count + count - 1) / count)
    return stride(from: entries.lowerBound, to: entries.upperBound, by: size).map {
      $0..<min($0 + size, entries.upperBound)
    }
  }

  /// The opening line and the graph, node and edge defaults.
  private func header() -> [UInt8] {
    var text = DOTString()
    text.raw("digraph ")
    text.quoted(graphName)
    text.raw(" {\n")
    text.raw(
      "  graph [fontname=\"Helvetica\", fontsize=11, overlap=prism, sep=\"+6\", splines=\(routesEdgesAroundNodes), outputorder=edgesfirst];\n"
    )
    text.raw("  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1.2];\n")
    text.raw("  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.2, arrowsize=0.7];\n")
    return text.bytes
  }

  /// The legend, if wanted and there is something to draw, and the closing brace.
  private func footer(_ drawnKinds: [Entity.Kind], in graph: RelationshipGraph) -> [UInt8] {
    var text = DOTString()
    if includesLegend, !drawnKinds.isEmpty {
      // Every relation is drawn: its ends are drawn entities.
      text.raw(legend(entityKinds: Set(drawnKinds), relationKinds: Self.kinds(of: graph.relations)) + "\n")
    }
    text.raw("}\n")
    return text.bytes
  }

  /// The legend of `graph`'s drawing as a DOT graph of its own, for a renderer to lay out apart
  /// and place beside the drawing (`Renderer.render(dot:engine:format:legend:)`), so that no
  /// layout engine spreads its entries among the nodes; `nil` when there is nothing to draw.
  ///
  /// Drawn this way, the graph's own text comes from a writer with ``includesLegend`` off.
  public func legendGraph(for graph: RelationshipGraph) -> String? {
    let order = RelationOrder(graph)
    let entities = order.ids.map { graph.entities[$0]! }
    let drawnKinds = Set(drawnRanks(order, entities: entities, in: graph).map { entities[$0].kind })
    guard !drawnKinds.isEmpty else { return nil }
    var text = DOTString()
    text.raw("digraph \"legend\" {\n")
    text.raw("  graph [ranksep=0.05, nodesep=0.15];\n")
    text.raw("  node [fontname=\"Helvetica\", style=filled, penwidth=1.2];\n")
    text.raw(legend(entityKinds: drawnKinds, relationKinds: Self.kinds(of: graph.relations)) + "\n}\n")
    return String(decoding: text.bytes, as: UTF8.self)
  }

  /// The kinds `relations` have, looking no further than needed to find every kind.
  private static func kinds(of relations: [Relation]) -> Set<RelationKind> {
    var isPresent = [Bool](repeating: false, count: RelationKind.allCases.count)
    var presentCount = 0
    for index in relations.indices where !isPresent[relations[index].kind.ordinal] {
      isPresent[relations[index].kind.ordinal] = true
      presentCount += 1
      if presentCount == isPresent.count { break }
    }
    return Set(RelationKind.allCases.filter { isPresent[$0.ordinal] })
  }

  /// The ranks of the entities to draw, in the order entities are listed (`Entity.precedes`):
  /// those in a relation, unless unlinked ones are wanted or the graph has no relation at all.
  private func drawnRanks(_ order: RelationOrder, entities: [Entity], in graph: RelationshipGraph) -> [Int] {
    var isDrawn = [Bool](repeating: includesUnlinkedEntities || graph.relations.isEmpty, count: entities.count)
    for entry in order.entries {
      isDrawn[entry.source] = true
      isDrawn[entry.target] = true
    }
    return entities.indices.filter { isDrawn[$0] }.sorted { Entity.precedes(entities[$0], entities[$1]) }
  }

  /// `"id" [id=…, label=…, shape…, tooltip=…];` for each entity in `drawn`, by rank.
  private func nodeStatements(_ drawn: [Int], entities: [Entity], order: RelationOrder, in graph: RelationshipGraph)
    -> [UInt8]
  {
    let roles = rolesByRank(order, entities: entities, in: graph)
    var text = DOTString(capacity: 400 * drawn.count)
    for rank in drawn {
      let entity = entities[rank]
      text.raw("  ")
      text.quoted(entity.id.rawValue)
      text.raw(" [id=")
      text.quoted(entity.id.rawValue)
      text.raw(", label=")
      text.quoted(entity.name)
      if let link = nodeLinks[entity.id] {
        text.raw(", URL=")
        text.quoted(link)
      }
      text.raw(Self.nodeStyles[entity.kind.ordinal])
      text.quoted(nodeTooltip(entity, roles: roles[rank]))
      text.raw("];\n")
    }
    return text.bytes
  }

  /// The offices and affiliations of each entity, by rank: "President, Bolivia".
  private func rolesByRank(_ order: RelationOrder, entities: [Entity], in graph: RelationshipGraph) -> [[String]] {
    var roles = [[String]](repeating: [], count: order.ids.count)
    for entry in order.entries {
      let kind = graph.relations[entry.relation].kind
      guard kind == .holdsOffice || kind == .affiliatedWith else { continue }
      let place = entities[entry.target].name
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

  /// The attributes of a node that depend only on its kind, up to its tooltip, by kind ordinal.
  private static let nodeStyles = Entity.Kind.allCases.map { kind in
    ", shape=\(DOTStyle.shape(of: kind)), fillcolor=\"\(DOTStyle.fill(of: kind))\", class=\"\(kind.rawValue)\", tooltip="
  }
}
