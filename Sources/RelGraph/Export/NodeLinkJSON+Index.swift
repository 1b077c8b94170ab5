import Foundation

extension NodeLinkJSON {
  /// A node-link graph opened for questions about a few entities.
  ///
  /// Every entity is read in full, every relation only as its ends, kind and place in the file;
  /// the relations a question needs are read in full, evidence and all, when it is asked
  /// (``reach(of:depth:kinds:)``, ``path(from:to:kinds:)``). On a graph of a million relations
  /// this answers a neighbor query several times sooner than ``NodeLinkJSON/decode(_:)``
  /// followed by the query (`Scripts/bench.sh`).
  ///
  /// The file is checked as ``NodeLinkJSON/decode(_:)`` checks it, except inside the relations
  /// no question reaches: a malformed evidence entry there goes unnoticed.
  public struct Index: Sendable {
    /// A relation as the index knows it: its ends (ranks in `ids`), kind, and where it starts in the file.
    private struct Link: Sendable {
      let source: Int32
      let target: Int32
      let kind: RelationKind
      let offset: Int
    }

    private let data: Data
    /// Every entity of the file and no relation: look entities up by name here.
    public let entities: RelationshipGraph
    private let ids: [EntityID]
    /// The rank of each id in `ids`, by its bytes.
    private let rankOfID: ByteStringTable
    private let links: [Link]
    /// For the entity of rank `r`, the links touching it either way are
    /// `linksByEntity[linkRanges[r]..<linkRanges[r + 1]]`.
    private let linkRanges: [Int]
    private let linksByEntity: [Int32]

    /// Indexes the node-link JSON in `data`.
    ///
    /// - Throws: ``GraphError/invalidGraphJSON(detail:)`` or ``GraphError/missingEndpoint(_:)``,
    ///   as ``NodeLinkJSON/decode(_:)`` does.
    public init(_ data: Data) throws(GraphError) {
      let parsed = data.withUnsafeBytes { buffer in
        Result { () throws(GraphError) in
          let bytes = buffer.bindMemory(to: UInt8.self)
          var scanner = JSONScanner(bytes)
          let (nodes, rawLinks) = try readDocument(&scanner, readEdge: Self.readLink)
          let entities = try RelationshipGraph(entities: nodes, relations: [])
          let ids = Array(entities.entities.keys)
          let table = ByteStringTable(ids.map(\.rawValue))
          let links = try rawLinks.map { (link) throws(GraphError) in
            Link(
              source: try Self.rank(of: link.source, in: table, bytes),
              target: try Self.rank(of: link.target, in: table, bytes),
              kind: link.kind, offset: link.offset)
          }
          return (entities, ids, table, links)
        }
      }
      (entities, ids, rankOfID, links) = try parsed.get()
      self.data = data
      (linkRanges, linksByEntity) = Self.adjacency(of: links, entityCount: ids.count)
    }

    /// The part of the graph that answers neighbor queries about `ids` to `depth` hops in any
    /// direction: the entities fewer than `depth` hops away from any of them by relations of
    /// `kinds` (all when empty), every such relation touching those entities, and the entities at
    /// the relations' other ends.
    ///
    /// ``RelationshipGraph/neighbors(of:depth:kinds:direction:)`` on the result gives, for each of
    /// `ids`, what it gives on the whole graph, for any direction; with `depth` 1 the result holds
    /// every relation between any two of `ids`.
    ///
    /// - Throws: ``GraphError/unknownEntity(_:suggestions:)`` if an id is not in the graph;
    ///   ``GraphError/invalidGraphJSON(detail:)`` if a relation it needs is malformed.
    public func reach(of ids: [EntityID], depth: Int, kinds: Set<RelationKind> = []) throws(GraphError)
      -> RelationshipGraph
    {
      var frontier: [Int] = []
      for id in ids { frontier.append(try rank(of: id)) }
      var reached = Set(frontier)
      var chosen: Set<Int> = []
      for _ in 0..<max(depth, 1) {
        var next: [Int] = []
        for entity in frontier {
          for link in links(of: entity, kinds: kinds) {
            chosen.insert(link)
            for end in [links[link].source, links[link].target] where reached.insert(Int(end)).inserted {
              next.append(Int(end))
            }
          }
        }
        frontier = next
        if frontier.isEmpty { break }  // nothing new is reached: deeper levels add nothing
      }
      let relations = try chosen.sorted().map { (index) throws(GraphError) in try relation(at: index) }
      return try RelationshipGraph(
        entities: reached.sorted().compactMap { entities.entities[self.ids[$0]] }, relations: relations)
    }

    /// The shortest chain of relations from `source` to `target`, following relations either way,
    /// with a graph holding its entities and relations; `nil` when the two are not connected.
    ///
    /// The chain is the one ``RelationshipGraph/path(from:to:kinds:)`` finds on the whole graph,
    /// also when several are as short: the search visits relations in the same order.
    ///
    /// - Throws: ``GraphError/unknownEntity(_:suggestions:)`` if either end is not in the graph;
    ///   ``GraphError/invalidGraphJSON(detail:)`` if a relation it needs is malformed.
    public func path(
      from source: EntityID, to target: EntityID, kinds: Set<RelationKind> = []
    ) throws(GraphError) -> (relations: [Relation], graph: RelationshipGraph)? {
      let start = try rank(of: source)
      let goal = try rank(of: target)
      var cameFrom: [Int: (previous: Int, link: Int)] = [:]
      var visited: Set<Int> = [start]
      var frontier = start == goal ? [] : [start]
      search: while !frontier.isEmpty {
        var next: [Int] = []
        for current in frontier {
          for link in links(of: current, kinds: kinds) {
            let other = Int(links[link].source) == current ? Int(links[link].target) : Int(links[link].source)
            guard other != current, visited.insert(other).inserted else { continue }
            cameFrom[other] = (current, link)
            if other == goal { break search }
            next.append(other)
          }
        }
        frontier = next
      }
      var chain: [Int] = []
      var members = [goal]
      while let step = cameFrom[members.last!] {
        chain.append(step.link)
        members.append(step.previous)
      }
      guard members.last == start else { return nil }
      // Relations are read from the members' reach, where duplicates in the file are merged as decoding merges them.
      let graph = try reach(of: members.reversed().map { ids[$0] }, depth: 1, kinds: kinds)
      let relations = chain.reversed().map { link in
        graph.relation(from: ids[Int(links[link].source)], links[link].kind, to: ids[Int(links[link].target)])!
      }
      return (relations, graph)
    }

    /// The rank of `id` in `ids`.
    private func rank(of id: EntityID) throws(GraphError) -> Int {
      guard let rank = rankOfID.number(of: id.rawValue) else {
        throw .unknownEntity(id.rawValue, suggestions: entities.closestNames(to: id.rawValue))
      }
      return rank
    }

    /// The links touching the entity of rank `entity` either way, of `kinds` (all when empty), in file order.
    private func links(of entity: Int, kinds: Set<RelationKind>) -> [Int] {
      linksByEntity[linkRanges[entity]..<linkRanges[entity + 1]].map(Int.init)
        .filter { kinds.isEmpty || kinds.contains(links[$0].kind) }
    }

    /// The relation `edges[index]`, read in full.
    private func relation(at index: Int) throws(GraphError) -> Relation {
      let result = data.withUnsafeBytes { buffer in
        Result { () throws(GraphError) in
          var scanner = JSONScanner(buffer.bindMemory(to: UInt8.self), at: links[index].offset)
          return try readEdge(&scanner, at: index)
        }
      }
      return try result.get()
    }

    /// Where an edge's ends are written in the file, its kind and where it starts, skipping the rest.
    private static func readLink(
      _ scanner: inout JSONScanner, at index: Int
    ) throws(GraphError) -> (source: End, kind: RelationKind, target: End, offset: Int) {
      let offset = scanner.nextValueOffset()
      var source: End?
      var target: End?
      var kind: String?
      try scanner.rawObject { scanner, key throws(GraphError) in
        switch key.count {
        case 6 where memcmp(key.baseAddress!, "source", 6) == 0: source = try scanner.scalarRange()
        case 6 where memcmp(key.baseAddress!, "target", 6) == 0: target = try scanner.scalarRange()
        case 4 where memcmp(key.baseAddress!, "kind", 4) == 0 || memcmp(key.baseAddress!, "type", 4) == 0:
          kind = try scanner.string()
        default: try scanner.skipValue()
        }
      }
      let ends = try requiredEnds(source, kind, target, at: index)
      return (ends.source, ends.kind, ends.target, offset)
    }

    /// Where an end's id is written: its bytes in the file, and whether they hold escapes.
    private typealias End = (range: Range<Int>, isEscaped: Bool)

    /// The rank of the entity whose id is written at `end`.
    ///
    /// - Throws: ``GraphError/missingEndpoint(_:)`` if there is no such entity.
    private static func rank(of end: End, in table: ByteStringTable, _ bytes: UnsafeBufferPointer<UInt8>)
      throws(GraphError) -> Int32
    {
      let written = UnsafeBufferPointer(rebasing: bytes[end.range])
      if !end.isEscaped, let rank = table.number(of: written) { return Int32(rank) }
      var scanner = JSONScanner(bytes, at: end.range.lowerBound - 1)
      let id = end.isEscaped ? try scanner.string() : String(decoding: written, as: UTF8.self)
      guard let rank = table.number(of: id) else { throw .missingEndpoint(EntityID(id)) }
      return Int32(rank)
    }

    /// The links touching each entity, grouped by entity (compressed sparse rows).
    private static func adjacency(of links: [Link], entityCount: Int) -> (ranges: [Int], links: [Int32]) {
      var ranges = [Int](repeating: 0, count: entityCount + 1)
      for link in links {
        ranges[Int(link.source) + 1] += 1
        ranges[Int(link.target) + 1] += 1
      }
      for rank in 0..<entityCount { ranges[rank + 1] += ranges[rank] }
      var filled = Array(ranges.dropLast())
      var grouped = [Int32](repeating: 0, count: links.count * 2)
      func file(_ index: Int, under end: Int32) {
        grouped[filled[Int(end)]] = Int32(index)
        filled[Int(end)] += 1
      }
      for (index, link) in links.enumerated() {
        file(index, under: link.source)
        file(index, under: link.target)
      }
      return (ranges, grouped)
    }
  }
}
