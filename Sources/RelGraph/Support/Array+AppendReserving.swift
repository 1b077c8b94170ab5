extension Array {
  /// Appends `element`, making room for `capacity` elements when it is the first: short lists
  /// made by the thousand (a sentence's mentions, a line's sentences, a name's words) that get
  /// one element mostly get a few, and a list grown from one element up is copied at each doubling.
  @inline(__always)
  mutating func append(_ element: Element, reservingAtFirst capacity: Int) {
    if isEmpty { reserveCapacity(capacity) }
    append(element)
  }
}
