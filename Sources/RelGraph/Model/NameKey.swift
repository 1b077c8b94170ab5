import Foundation

/// Folding of names for comparison: case, accents, quote and dash styles, spacing and a leading "the".
enum NameKey {
  /// Returns `name` lowercased, without accents, with one space between words and no leading "the".
  ///
  /// Periods count as spaces ("U.S." and "U S" are one key); curly quotes and dashes become plain ones.
  static func of(_ name: String) -> String {
    var key: [UInt8] = []
    var pendingSpace = false
    for scalar in fold(name).unicodeScalars {
      switch scalar {
      case " ", "\t", "\n", "\r", ".", "\u{A0}":
        pendingSpace = !key.isEmpty
        continue
      case "’", "‘": key.append(UInt8(ascii: "'"))
      case "“", "”": key.append(UInt8(ascii: "\""))
      case "–", "—": key.append(UInt8(ascii: "-"))
      default:
        if pendingSpace { key.append(UInt8(ascii: " ")) }
        key.append(contentsOf: scalar.utf8)
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
