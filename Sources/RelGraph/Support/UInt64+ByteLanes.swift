/// Eight bytes read as one word, tested all at once: how text is scanned for the few bytes that
/// matter (a sentence's end, a byte to escape) without looking at every byte.
extension UInt64 {
  /// `byte` in each of the eight bytes of a word.
  static func repeating(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

  /// Whether any of the eight bytes is less than `limit` (at most 0x80), by the classic bit trick:
  /// subtracting `limit` from each byte borrows into the top bit of those below it. Exact for
  /// whether any byte is; not for which.
  func hasByte(below limit: UInt8) -> Bool {
    (self &- .repeating(limit)) & ~self & .repeating(0x80) != 0
  }

  /// Whether any of the eight bytes is the byte `pattern` repeats (``repeating(_:)``): that byte
  /// is zero after the xor, and zero is the one byte below 1.
  func hasByte(repeatedIn pattern: UInt64) -> Bool { (self ^ pattern).hasByte(below: 1) }

  /// Whether any of the eight bytes is `byte`.
  func hasByte(_ byte: UInt8) -> Bool { hasByte(repeatedIn: .repeating(byte)) }
}
