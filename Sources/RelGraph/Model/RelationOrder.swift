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
    ids = graph.entities.keys.sorted()
    var targetRank = [Int](repeating: 0, count: graph.relations.count)
    for (rank, id) in ids.enumerated() {
      for relation in graph.incoming[id] ?? [] { targetRank[relation] = rank }
    }
    let kindRank = RelationKind.allCases.map { kind in RelationKind.allCases.filter { $0 < kind }.count }
    var entries: [Entry] = []
    entries.reserveCapacity(graph.relations.count)
    var outgoing: [(kindAndTarget: (Int, Int), relation: Int)] = []
    for (rank, id) in ids.enumerated() {
      outgoing.removeAll(keepingCapacity: true)
      for relation in graph.outgoing[id] ?? [] {
        outgoing.append(((kindRank[graph.relations[relation].kind.ordinal], targetRank[relation]), relation))
      }
      outgoing.sort { $0.kindAndTarget < $1.kindAndTarget }
      for (_, relation) in outgoing { entries.append(Entry(relation: relation, source: rank, target: targetRank[relation])) }
    }
    self.entries = entries
  }
}
