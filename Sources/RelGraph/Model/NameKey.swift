import Foundation

/// Folding of names for comparison: case, accents, quote and dash styles, spacing and a leading "the".
enum NameKey {
  /// Returns `name` lowercased, without accents, with one space between words and no leading "the".
  ///
  /// Periods count as spaces ("U.S." and "U S" are one key); curly quotes and dashes become plain ones.
  static func of(_ name: String) -> String {
    // An ASCII name, as most are, is lowercased as it is read from its bytes in place: no folded
    // copy is made, and no `String.UTF8View` index walked.
    var bytes = name
    let asciiKey = bytes.withUTF8 { utf8 in
      utf8.allSatisfy { $0 < 0x80 } ? key(of: ASCIILowercasedScalars(bytes: utf8), maximumLength: utf8.count) : nil
    }
    if let asciiKey { return asciiKey }
    let folded = fold(name)
    return key(of: folded.unicodeScalars, maximumLength: folded.utf8.count)
  }

  /// The key of a name already folded, scalar by scalar, written straight into the string's
  /// storage: a key is never longer than its name, as each scalar is written as it is or
  /// shorter, and a run of spaces as one.
  private static func key(of folded: some Sequence<Unicode.Scalar>, maximumLength: Int) -> String {
    String(unsafeUninitializedCapacity: maximumLength) { key in
      var count = 0
      func append(_ byte: UInt8) {
        key[count] = byte
        count += 1
      }
      var pendingSpace = false
      for scalar in folded {
        switch scalar {
        case " ", "\t", "\n", "\r", ".", "\u{A0}":
          pendingSpace = count > 0
          continue
        case "’", "‘": append(UInt8(ascii: "'"))
        case "“", "”": append(UInt8(ascii: "\""))
        case "–", "—": append(UInt8(ascii: "-"))
        default:
          if pendingSpace { append(UInt8(ascii: " ")) }
          if scalar.isASCII { append(UInt8(scalar.value)) } else { scalar.utf8.forEach(append) }
        }
        pendingSpace = false
      }
      guard UnsafeBufferPointer(rebasing: key[..<count]).starts(with: "the ".utf8) else { return count }
      // No leading "the": the rest moves to the front.
      for index in 4..<count { key[index - 4] = key[index] }
      return count - 4
    }
  }

  /// Lowercases and strips diacritics, with Foundation's folding. Its callers lowercase an ASCII
  /// name, as most are, from its bytes themselves, and fold only the others.
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
