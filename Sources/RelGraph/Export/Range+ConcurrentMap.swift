import Dispatch
import Synchronization

extension Range<Int> {
  /// `transform` applied to each index on all cores at once, the results in index order.
  ///
  /// For work that must stay synchronous, such as ``DOTWriter/utf8(for:)``; the calling thread
  /// takes part and returns when every index is done.
  func concurrentMap<T: Sendable>(_ transform: @Sendable (Int) -> T) -> [T] {
    let results = Mutex([T?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { offset in
      let result = transform(lowerBound + offset)
      results.withLock { $0[offset] = result }
    }
    return results.withLock { $0.map { $0! } }
  }
}
