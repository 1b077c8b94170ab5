/// Titles and ranks that introduce a person (lexicon entries `title`, `rank`).
enum RoleLexicon {

  /// The title starting at `tokens[start]`: its role and its length in tokens. Inlined where it
  /// is called, at every token, so that most tokens are passed over without a call.
  @inline(__always)
  static func title(in tokens: [Token], at start: Int) -> (role: String, length: Int)? {
    mayStart(tokens[start]) ? titleFromFirstWord(in: tokens, at: start) : nil
  }

  /// Whether a title can start at `token`: the first word of one.
  @inline(__always)
  static func mayStart(_ token: Token) -> Bool { token.classes.contains(.title) }

  /// ``title(in:at:)`` at a word that starts a title.
  private static func titleFromFirstWord(in tokens: [Token], at start: Int) -> (role: String, length: Int)? {
    tokens.phrase(.title, at: start).map { ($0.value ?? $0.words.joined(separator: " "), $0.words.count) }
  }

  /// The length in tokens of the rank starting at `tokens[start]`, or 0.
  static func rankLength(in tokens: [Token], at start: Int) -> Int {
    // Most words start no rank, and are passed over without spelling out every rank.
    guard start < tokens.count, tokens[start].classes.contains(.rank) else { return 0 }
    return tokens.phrase(.rank, at: start)?.words.count ?? 0
  }
}
