import Foundation

/// Folding of names for comparison: case, accents, quote and dash styles, spacing and a leading "the".
enum NameKey {
  /// Returns `name` lowercased, without accents, with one space between words and no leading "the".
  static func of(_ name: String) -> String {
    var key = fold(name)
    for (from, to) in [("’", "'"), ("‘", "'"), ("“", "\""), ("”", "\""), ("–", "-"), ("—", "-"), (".", " ")] {
      key = key.replacingOccurrences(of: from, with: to)
    }
    key = key.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if key.hasPrefix("the ") { key.removeFirst(4) }
    return key
  }

  /// Lowercases and strips diacritics.
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
