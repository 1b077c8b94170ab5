import Foundation

/// Reads JSON values from UTF-8 bytes one at a time, for readers that know the shape they expect.
///
/// Errors name what was expected and the byte offset where it was not found.
struct JSONScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  /// How many arrays and objects enclose the value being read.
  private var depth = 0

  /// The most arrays and objects one value may nest, so that a hostile file fails with an error
  /// rather than exhausting the stack.
  static let maximumDepth = 256

  /// A scanner reading `bytes` from `position`, such as the offset of a value read before.
  init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  /// Where the next value starts, past any white space.
  mutating func nextValueOffset() -> Int {
    skipWhitespace()
    return position
  }

  private func failure(_ expected: String) -> GraphError {
    let found: String
    switch position < bytes.count ? bytes[position] : nil {
    case nil: found = "the end of the file"
    case let byte? where (0x20..<0x7F).contains(byte): found = "'\(Character(Unicode.Scalar(byte)))'"
    case let byte?: found = "byte 0x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }
    return .invalidGraphJSON(detail: "expected \(expected) at byte \(position), found \(found)")
  }

  private mutating func skipWhitespace() {
    while position < bytes.count,
      bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09
    {
      position += 1
    }
  }

  private mutating func consume(_ byte: UInt8) -> Bool {
    skipWhitespace()
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  private mutating func expect(_ byte: UInt8, _ description: String) throws(GraphError) {
    guard consume(byte) else { throw failure(description) }
  }

  /// Fails unless only white space is left.
  mutating func expectEnd() throws(GraphError) {
    skipWhitespace()
    guard position == bytes.count else { throw failure("the end of the file") }
  }

  /// Reads an object, calling `field` with each key; `field` must read the value.
  mutating func object(_ field: (inout JSONScanner, String) throws(GraphError) -> Void) throws(GraphError) {
    try rawObject { scanner, key throws(GraphError) in try field(&scanner, String(decoding: key, as: UTF8.self)) }
  }

  /// Reads an object, calling `field` with the UTF-8 bytes of each key, for readers that compare
  /// keys without making strings of them; `field` must read the value.
  mutating func rawObject(_ field: (inout JSONScanner, UnsafeBufferPointer<UInt8>) throws(GraphError) -> Void)
    throws(GraphError)
  {
    try expect(UInt8(ascii: "{"), "'{'")
    try enter()
    defer { depth -= 1 }
    if consume(UInt8(ascii: "}")) { return }
    repeat {
      skipWhitespace()
      let keyStart = position
      guard consume(UInt8(ascii: "\"")) else { throw failure("a string") }
      position -= 1
      try skipString()
      let key = UnsafeBufferPointer(rebasing: bytes[keyStart + 1..<position - 1])
      try expect(UInt8(ascii: ":"), "':'")
      if key.contains(UInt8(ascii: "\\")) {
        var keyScanner = JSONScanner(bytes, at: keyStart)
        let decoded = Array(try keyScanner.string().utf8)
        try decoded.withUnsafeBufferPointer { (decoded) throws(GraphError) in try field(&self, decoded) }
      } else {
        try field(&self, key)
      }
    } while consume(UInt8(ascii: ","))
    try expect(UInt8(ascii: "}"), "',' or '}'")
  }

  /// Counts one more enclosing array or object, failing past ``maximumDepth``.
  private mutating func enter() throws(GraphError) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw .invalidGraphJSON(detail: "more than \(Self.maximumDepth) nested arrays and objects at byte \(position)")
    }
  }

  /// Reads a whole number from 0 to 2^53, such as an offset into a document.
  mutating func count() throws(GraphError) -> Int {
    skipWhitespace()
    let start = position
    let value = try number()
    guard value >= 0, value <= 9_007_199_254_740_992, value.rounded() == value else {
      position = start
      throw failure("a whole number from 0 to 2^53")
    }
    return Int(value)
  }

  /// Reads a number from 0 to 1, such as a confidence.
  mutating func fraction() throws(GraphError) -> Double {
    skipWhitespace()
    let start = position
    let value = try number()
    guard value.isFinite, (0...1).contains(value) else {
      position = start
      throw failure("a number from 0 to 1")
    }
    return value
  }

  /// Reads an array, calling `element` with each index; `element` reads the value.
  mutating func array<T>(_ element: (inout JSONScanner, Int) throws(GraphError) -> T) throws(GraphError) -> [T] {
    try expect(UInt8(ascii: "["), "'['")
    try enter()
    defer { depth -= 1 }
    var values: [T] = []
    if consume(UInt8(ascii: "]")) { return values }
    repeat {
      values.append(try element(&self, values.count))
    } while consume(UInt8(ascii: ","))
    try expect(UInt8(ascii: "]"), "',' or ']'")
    return values
  }

  /// Reads a string.
  mutating func string() throws(GraphError) -> String {
    try expect(UInt8(ascii: "\""), "a string")
    let start = position
    while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
      if bytes[position] == UInt8(ascii: "\\") { return try escapedString(from: start) }
      position += 1
    }
    guard position < bytes.count else { throw failure("the end of a string") }
    defer { position += 1 }
    return text(start..<position)
  }

  /// A string, or a number or boolean as written: ids may be numbers in graphs from elsewhere.
  mutating func scalarText() throws(GraphError) -> String {
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") { return try string() }
    let start = position
    try skipValue()
    return text(start..<position)
  }

  /// Where a scalar lies without decoding it: a string's bytes between its quotes (escapes as
  /// written, and whether there are any), or a number's or boolean's text.
  mutating func scalarRange() throws(GraphError) -> (range: Range<Int>, isEscaped: Bool) {
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
      let start = position
      try skipValue()
      return (start..<position, false)
    }
    let start = position + 1
    try skipString()
    let range = start..<position - 1
    return (range, UnsafeBufferPointer(rebasing: bytes[range]).contains(UInt8(ascii: "\\")))
  }

  /// The value if it is a string; otherwise skips it and returns `nil`.
  mutating func stringOrSkip() throws(GraphError) -> String? {
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") { return try string() }
    try skipValue()
    return nil
  }

  /// Reads a number. Plain integers, the common case (offsets), are read without making a string.
  mutating func number() throws(GraphError) -> Double {
    skipWhitespace()
    let start = position
    var integer = 0
    var isPlainInteger = true
    while position < bytes.count {
      let byte = bytes[position]
      if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        integer = integer &* 10 &+ Int(byte - UInt8(ascii: "0"))
      } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
      {
        isPlainInteger = false
      } else {
        break
      }
      position += 1
    }
    guard position > start else { throw failure("a number") }
    if isPlainInteger, position - start < 16 { return Double(integer) }
    guard let value = Double(text(start..<position)) else { throw failure("a number") }
    return value
  }

  /// Skips any value.
  mutating func skipValue() throws(GraphError) {
    skipWhitespace()
    guard position < bytes.count else { throw failure("a value") }
    switch bytes[position] {
    case UInt8(ascii: "{"): try rawObject { scanner, _ throws(GraphError) in try scanner.skipValue() }
    case UInt8(ascii: "["): _ = try array { scanner, _ throws(GraphError) in try scanner.skipValue() }
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      for word in ["true", "false", "null"] where bytes[position...].starts(with: word.utf8) {
        position += word.utf8.count
        return
      }
      throw failure("a value")
    default: _ = try number()
    }
  }

  /// Skips a string without decoding it, jumping from quote to quote with `memchr`: a quote
  /// ends the string unless an odd number of backslashes comes before it.
  private mutating func skipString() throws(GraphError) {
    let start = position + 1
    position = start
    while position < bytes.count, let quote = memchr(bytes.baseAddress! + position, 0x22, bytes.count - position) {
      let end = bytes.baseAddress!.distance(to: quote.assumingMemoryBound(to: UInt8.self))
      position = end + 1
      var backslashes = 0
      while end - backslashes > start, bytes[end - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
      if backslashes.isMultiple(of: 2) { return }
    }
    position = bytes.count
    throw failure("the end of a string")
  }

  /// The bytes as text; invalid UTF-8 becomes U+FFFD, as JSON from other tools may hold some.
  private func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The slow path of ``string()``: a string with escapes, from its first byte at `start`.
  private mutating func escapedString(from start: Int) throws(GraphError) -> String {
    var decoded = Array(bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "\"") { return String(decoding: decoded, as: UTF8.self) }
      guard byte == UInt8(ascii: "\\") else {
        decoded.append(byte)
        continue
      }
      guard position < bytes.count else { break }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "u"):
        var value = try hexQuad()
        if (0xD800..<0xDC00).contains(value) {
          // A high surrogate must be followed by a low one: together they are one scalar.
          guard bytes[position...].starts(with: "\\u".utf8) else { throw failure("a low surrogate (\\uDC00-\\uDFFF)") }
          position += 2
          let low = try hexQuad()
          guard (0xDC00..<0xE000).contains(low) else { throw failure("a low surrogate (\\uDC00-\\uDFFF)") }
          value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
          throw failure("a \\u escape of a character, not a lone surrogate")
        }
        decoded.append(contentsOf: Array(String(Character(scalar)).utf8))
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
      default:
        position -= 1
        throw failure("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)")
      }
    }
    throw failure("the end of a string")
  }

  private mutating func hexQuad() throws(GraphError) -> UInt32 {
    guard position + 4 <= bytes.count, let value = UInt32(text(position..<position + 4), radix: 16) else {
      throw failure("four hex digits")
    }
    position += 4
    return value
  }
}
