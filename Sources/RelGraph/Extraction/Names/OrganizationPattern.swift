/// Named bodies the gazetteer does not list, recognised by their shape: capitalised words around
/// a head noun, with lower-case connectors inside ("Center for a Secure Free Society",
/// "Ministry of Defense", "Treasury Department").
enum OrganizationPattern {
  /// The range of an organization name starting at `start`, or `nil`. Inlined where it is
  /// called, at every token, so that most tokens are passed over without a call.
  @inline(__always)
  static func match(_ tokens: [Token], at start: Int) -> Range<Int>? {
    mayStart(tokens[start]) ? name(startingAt: start, tokens) : nil
  }

  /// Whether a name can start at `token`: a capitalized word that may open one.
  @inline(__always)
  static func mayStart(_ token: Token) -> Bool {
    token.isWord && token.isCapitalized && !token.classes.contains(.nonHeadStart)
  }

  /// The words of dates: days of the week and months.
  private static let dateWords = WordClass([.weekday, .month])

  /// ``match(_:at:)`` at a capitalized word that may start a name.
  private static func name(startingAt start: Int, _ tokens: [Token]) -> Range<Int>? {
    var end = start
    var lastCapital = start
    var hasHead = false
    while end < tokens.count {
      let token = tokens[end]
      // A title is no part of a body's name ("a Hungarian Member of the European Parliament").
      if RoleLexicon.mayStart(token), RoleLexicon.title(in: tokens, at: end) != nil {
        guard end > start else { return nil }
        break
      }
      // A date ends a body's name ("Congress on Tuesday"), and so does "and the" after a head
      // noun, which starts another body ("the Ministry of Energy and the Ministry of Trade").
      if !token.classes.isDisjoint(with: Self.dateWords) { break }
      if hasHead, token.classes.contains(.and), end + 1 < tokens.count, tokens[end + 1].classes.contains(.article) {
        break
      }
      if token.isWord, token.isCapitalized {
        if token.classes.contains(.organizationHead) { hasHead = true }
        lastCapital = end
      } else if !(token.classes.contains(.organizationConnector) && end > start) {
        break
      }
      end += 1
    }
    guard hasHead, lastCapital > start || tokens[start].classes.contains(.organizationHead) && lastCapital > start
    else { return nil }
    return start..<lastCapital + 1
  }
}
