/// The edges a drawing has: runs of ``RelationOrder/entries`` indices, one run per edge. Merged,
/// the relations between the same two entities (either way) make one run, in the order of their
/// first relation; ungrouped, every relation is a run of its own.
struct EdgeGroups: Sendable {
  /// The entry indices, run after run; `nil` when every run is the one entry of that index.
  private let members: [Int]?
  /// Where each run starts in ``members``, and, last, where the last ends.
  private let starts: [Int]
  let count: Int

  /// One run per relation.
  init(ungrouped order: RelationOrder) {
    (members, starts, count) = (nil, [], order.entries.count)
  }

  /// One run per pair of entities.
  init(_ order: RelationOrder) {
    var runOfPair: [Int: Int] = [:]
    var runs: [[Int]] = []
    let width = order.ids.count
    for (index, entry) in order.entries.enumerated() {
      let pair = min(entry.source, entry.target) * width + max(entry.source, entry.target)
      if let run = runOfPair[pair] {
        runs[run].append(index)
      } else {
        runOfPair[pair] = runs.count
        runs.append([index])
      }
    }
    members = runs.flatMap { $0 }
    starts = runs.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    count = runs.count
  }

  /// The entry index of edge `index`'s first relation.
  func first(of index: Int) -> Int { members.map { $0[starts[index]] } ?? index }

  /// The entry indices of edge `index`, which is more than one relation.
  func entries(of index: Int) -> ArraySlice<Int> { members![starts[index]..<starts[index + 1]] }

  /// Whether edge `index` is one relation.
  func isSingle(_ index: Int) -> Bool { members == nil || starts[index + 1] - starts[index] == 1 }
}
