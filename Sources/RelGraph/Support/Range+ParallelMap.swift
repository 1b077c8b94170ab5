import Dispatch
import Synchronization

extension Range<Int> {
  /// `transform` applied to each index, the results in index order; with `inParallel`, on all
  /// cores at once.
  ///
  /// For work that must stay synchronous, such as ``DOTWriter/utf8(for:)``: the calling thread
  /// takes part and returns when every index is done. Small work is better done in line, as
  /// handing it to other threads costs tens of microseconds.
  func map<T: Sendable>(inParallel: Bool, _ transform: @Sendable (Int) -> T) -> [T] {
    guard inParallel else { return map(transform) }
    let results = Mutex([T?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { offset in
      let result = transform(lowerBound + offset)
      results.withLock { $0[offset] = result }
    }
    return results.withLock { $0.map { $0! } }
  }
}
