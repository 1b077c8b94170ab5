import Foundation

/// Folding of names for comparison: case, accents, quote and dash styles, spacing and a leading "the".
enum NameKey {
  /// Returns `name` lowercased, without accents, with one space between words and no leading "the".
  ///
  /// Periods count as spaces ("U.S." and "U S" are one key); curly quotes and dashes become plain ones.
  static func of(_ name: String) -> String {
    var key = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in fold(name).unicodeScalars {
      switch scalar {
      case " ", "\t", "\n", "\r", ".", "\u{A0}":
        pendingSpace = !key.isEmpty
        continue
      case "’", "‘": key.append("'")
      case "“", "”": key.append("\"")
      case "–", "—": key.append("-")
      default:
        if pendingSpace { key.append(" ") }
        key.append(scalar)
      }
      pendingSpace = false
    }
    let text = String(key)
    return text.hasPrefix("the ") ? String(text.dropFirst(4)) : text
  }

  /// Lowercases and strips diacritics.
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
