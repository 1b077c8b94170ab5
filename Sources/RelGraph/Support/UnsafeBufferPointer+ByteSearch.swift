import Foundation

/// Searching bytes with `memchr`, which reads many bytes at a time.
extension UnsafeBufferPointer<UInt8> {
  /// The offset of the first `byte` in `range`.
  func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
    guard !range.isEmpty, let found = memchr(baseAddress! + range.lowerBound, Int32(byte), range.count) else {
      return nil
    }
    return UnsafeRawPointer(found) - UnsafeRawPointer(baseAddress!)
  }

  /// Whether `pattern` occurs in these bytes: each place its first byte does is found with
  /// ``firstIndex(of:in:)``, where `memcmp` compares the rest.
  func containsBytes(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = pattern.first else { return true }
    guard pattern.count <= count else { return false }
    let lastStart = count - pattern.count
    var offset = 0
    while let position = firstIndex(of: first, in: offset..<lastStart + 1) {
      if memcmp(baseAddress! + position, pattern.baseAddress!, pattern.count) == 0 { return true }
      offset = position + 1
    }
    return false
  }
}
