extension Array {
  /// Appends `element`, making room for `capacity` elements when it is the first: the lists of a
  /// sentence (its mentions, its countries) that get one element mostly get a few, and a list
  /// grown from one element up copied itself at each doubling.
  @inline(__always)
  mutating func append(_ element: Element, reservingAtFirst capacity: Int) {
    if isEmpty { reserveCapacity(capacity) }
    append(element)
  }
}
