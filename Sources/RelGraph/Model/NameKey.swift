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
      utf8.allSatisfy { $0 < 0x80 } ? key(of: utf8.lazy.map { Unicode.Scalar($0.asciiLowercased) }) : nil
    }
    return asciiKey ?? key(of: fold(name).unicodeScalars)
  }

  /// The key of a name already folded, scalar by scalar.
  private static func key(of folded: some Sequence<Unicode.Scalar>) -> String {
    var key: [UInt8] = []
    key.reserveCapacity(folded.underestimatedCount)
    var pendingSpace = false
    for scalar in folded {
      switch scalar {
      case " ", "\t", "\n", "\r", ".", "\u{A0}":
        pendingSpace = !key.isEmpty
        continue
      case "’", "‘": key.append(UInt8(ascii: "'"))
      case "“", "”": key.append(UInt8(ascii: "\""))
      case "–", "—": key.append(UInt8(ascii: "-"))
      default:
        if pendingSpace { key.append(UInt8(ascii: " ")) }
        if scalar.isASCII { key.append(UInt8(scalar.value)) } else { key.append(contentsOf: scalar.utf8) }
      }
      pendingSpace = false
    }
    return String(decoding: key.starts(with: "the ".utf8) ? key.dropFirst(4) : key[...], as: UTF8.self)
  }

  /// Lowercases and strips diacritics.
  static func fold(_ text: String) -> String {
    // Plain ASCII, most names and every generated id, only needs lowercasing: skip Foundation's folding.
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
    return text.asciiFastLowercased
  }
}
