/// The relations of a graph in key order (source, kind, target), with the rank of each end among
/// the sorted entity ids.
///
/// Works on integer ranks: only the ids are compared as strings, while they are sorted. The
/// graph's lists of relations by target give each relation its target's rank; its lists by source
/// then yield the relations source by source, and only each source's few relations are sorted,
/// by kind and target rank. For a million relations that takes a fraction of the time of sorting
/// them by ``Relation/Key``, or of hashing both ends of each, with the same order.
struct RelationOrder: Sendable {
  /// One relation in order.
  struct Entry: Sendable {
    /// Its index in the graph's ``RelationshipGraph/relations``.
    let relation: Int
    /// The ranks of its source and target in ``RelationOrder/ids``.
    let source: Int
    let target: Int
  }

  /// The graph's entity ids, sorted.
  let ids: [EntityID]
  let entries: [Entry]

  init(_ graph: RelationshipGraph) {
    let ids = graph.entities.keys.sorted()
    self.ids = ids
    // Each entity's relations by target and by source: hash lookups, done side by side on a large graph.
    let lists = (0..<2).map(inParallel: graph.relations.count >= 20_000) { side in
      ids.map { side == 0 ? graph.incoming(of: $0) : graph.outgoing(of: $0) }
    }
    let (incoming, outgoingByRank) = (lists[0], lists[1])
    var targetRank = [Int](repeating: 0, count: graph.relations.count)
    for (rank, relations) in incoming.enumerated() {
      for relation in relations { targetRank[relation] = rank }
    }
    let kindRank = RelationKind.allCases.map { kind in RelationKind.allCases.filter { $0 < kind }.count }
    var entries: [Entry] = []
    entries.reserveCapacity(graph.relations.count)
    var outgoing: [(kindAndTarget: (Int, Int), relation: Int)] = []
    for (rank, relations) in outgoingByRank.enumerated() {
      outgoing.removeAll(keepingCapacity: true)
      for relation in relations {
        outgoing.append(((kindRank[graph.relations[relation].kind.ordinal], targetRank[relation]), relation))
      }
      outgoing.sort { $0.kindAndTarget < $1.kindAndTarget }
      for (_, relation) in outgoing {
        entries.append(Entry(relation: relation, source: rank, target: targetRank[relation]))
      }
    }
    self.entries = entries
  }
}
