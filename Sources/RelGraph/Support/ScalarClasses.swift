extension Unicode.Scalar {
  /// Letters, digits and combining marks: what words are made of.
  ///
  /// These classes run for every character of every document, so ASCII is decided by range
  /// checks rather than Unicode property lookups.
  @inline(__always) var isWordCharacter: Bool {
    if value < 0x80 {
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
    return isNonASCIIWordCharacter
  }

  private var isNonASCIIWordCharacter: Bool {
    properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
  }

  /// An upper-case letter.
  var isCapital: Bool { value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase }

  /// A lower-case letter.
  var isLowercaseLetter: Bool { value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase }

  /// White space, line breaks included.
  var isSpace: Bool { value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace }

  /// Appends the scalar lowercased, as UTF-8: an ASCII capital by its byte, any other character
  /// by its Unicode lowercase mapping, as `lowercased()` maps each. A character that lowercasing
  /// leaves as it is (punctuation, most accented small letters) is appended without making its
  /// mapping, a `String`.
  func appendLowercased(to utf8: inout [UInt8]) {
    if isASCII {
      utf8.append(UInt8(value).asciiLowercased)
    } else if properties.changesWhenLowercased {
      utf8.append(contentsOf: properties.lowercaseMapping.utf8)
    } else {
      utf8.append(contentsOf: self.utf8)
    }
  }
}

extension UInt8 {
  /// Whether the byte is an ASCII capital letter, `A` to `Z`.
  var isASCIICapital: Bool { (0x41...0x5A).contains(self) }

  /// The byte with an ASCII capital made lower case; any other byte as it is.
  var asciiLowercased: UInt8 { isASCIICapital ? self | 0x20 : self }
}

/// The scalars of ASCII bytes, lowercased as they are read: folding an ASCII name needs no copy
/// of it. A sequence of its own rather than a lazy `map`, whose closure was called per byte.
struct ASCIILowercasedScalars: Sequence {
  let bytes: UnsafeBufferPointer<UInt8>

  struct Iterator: IteratorProtocol {
    var bytes: UnsafeBufferPointer<UInt8>.Iterator

    mutating func next() -> Unicode.Scalar? { bytes.next().map { Unicode.Scalar($0.asciiLowercased) } }
  }

  func makeIterator() -> Iterator { Iterator(bytes: bytes.makeIterator()) }

  var underestimatedCount: Int { bytes.count }
}

extension UnsafeBufferPointer<UInt8> {
  /// Calls `body` with these bytes, ASCII capitals made lower case, in a buffer on the stack.
  func withASCIILowercased<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { lower in
      for (index, byte) in enumerated() { lower[index] = byte.asciiLowercased }
      return body(UnsafeBufferPointer(lower))
    }
  }
}

extension String {
  /// `lowercased()`, with ASCII lowercased byte by byte: extraction lowercases every token and
  /// line of every document, and most of their characters are ASCII. Other characters take their
  /// Unicode lowercase mapping, as `lowercased()` does for each.
  var asciiFastLowercased: String {
    var utf8 = Array(self.utf8)
    guard utf8.contains(where: { $0 >= 0x80 }) else {
      for index in utf8.indices { utf8[index] = utf8[index].asciiLowercased }
      return String(decoding: utf8, as: UTF8.self)
    }
    utf8.removeAll(keepingCapacity: true)
    for scalar in unicodeScalars { scalar.appendLowercased(to: &utf8) }
    return String(decoding: utf8, as: UTF8.self)
  }
}
