/// Descriptions that stand for one country in context ("the Andean country" in an article about
/// Bolivia): an adjective of lexicon entry `descriptor`, with the countries it can describe as its
/// value ("andean = Bolivia|Peru|…"), and a noun of entry `descriptor-head`.
enum CountryDescriptors {
  /// The countries each descriptor can describe, by the descriptor's words joined by spaces.
  static let candidates: [String: Set<String>] = Dictionary(
    Lexicon.shared.phrases(.descriptor).map { phrase in
      (phrase.words.joined(separator: " "), Set((phrase.value ?? "").split(separator: "|").map(String.init)))
    }
  ) { first, _ in first }

  /// The descriptor at `start` ("the Andean country", "el país andino"): the candidate countries
  /// and the descriptor's length in tokens. Inlined where it is called, at every token, so that
  /// most tokens are passed over without a call.
  @inline(__always)
  static func match(_ tokens: [Token], at start: Int) -> (candidates: Set<String>, length: Int)? {
    mayStart(tokens, at: start) ? descriptor(afterArticleAt: start, tokens) : nil
  }

  /// Whether a descriptor can start at `tokens[start]`, by the word after it: an adjective's
  /// first word (English) or a head noun (Spanish).
  @inline(__always)
  static func mayStart(_ tokens: [Token], at start: Int) -> Bool {
    start + 2 < tokens.count && !tokens[start + 1].classes.isDisjoint(with: WordClass([.descriptor, .descriptorHead]))
  }

  /// ``match(_:at:)`` where the word after `start` may be part of a descriptor.
  private static func descriptor(afterArticleAt start: Int, _ tokens: [Token]) -> (
    candidates: Set<String>, length: Int
  )? {
    guard tokens[start].classes.contains(.article) else { return nil }
    // English: article, adjective (one or two words), head noun.
    for width in [2, 1] where start + width + 1 < tokens.count {
      let adjective = tokens[start + 1...start + width].map(\.lower).joined(separator: " ")
      if let countries = candidates[adjective], tokens[start + width + 1].classes.contains(.descriptorHead) {
        return (countries, width + 2)
      }
    }
    // Spanish: article, head noun, adjective.
    if tokens[start + 1].classes.contains(.descriptorHead), let countries = candidates[tokens[start + 2].lower] {
      return (countries, 3)
    }
    return nil
  }
}
