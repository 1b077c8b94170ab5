/// Finds a calendar date or a year in a sentence: "July 20, 2023", "20 de julio de 2023", "in 2008".
enum DateFinder {
  /// The number of each month's name (lexicon entry `month`), read by a token.
  private static let monthNumbers = LexiconTable(valuesOf: .month)

  /// The most precise date the tokens give, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `nil`.
  ///
  /// - Parameter fallbackYear: A year from the context (the heading or paragraph) to complete a
  ///   day and month the sentence gives without a year.
  static func date(in tokens: [Token], fallbackYear: Int? = nil) -> String? {
    var year: Int?
    var month: Int?
    var day: Int?
    for (index, token) in tokens.enumerated() {
      if let value = Self.year(of: token) {
        year = year ?? value
      } else if token.classes.contains(.month), let number = monthNumbers[token].flatMap({ Int($0) }),
        token.isCapitalized || token.lower.count > 3 && index > 0 && tokens[index - 1].classes.contains(.of)
      {
        guard month == nil else { continue }
        month = number
        if index + 1 < tokens.count, let value = tokens[index + 1].number, (1...31).contains(value) {
          day = value
        } else if index >= 2, tokens[index - 1].classes.contains(.of), let value = tokens[index - 2].number,
          (1...31).contains(value)
        {
          day = value
        }
      }
    }
    guard let resolvedYear = year ?? (month != nil ? fallbackYear : nil) else { return nil }
    var text = String(resolvedYear)
    if let month {
      text += "-" + pad(month)
      if let day { text += "-" + pad(day) }
    }
    return text
  }

  /// The first year a text names, if any.
  static func year(in tokens: [Token]) -> Int? {
    tokens.lazy.compactMap(year(of:)).first
  }

  /// The year a token is: four digits from 1900 to 2100.
  private static func year(of token: Token) -> Int? {
    // Four bytes first: most words are not, and a number is written in ASCII.
    guard token.range.count == 4, let value = token.number, (1900...2100).contains(value) else { return nil }
    return value
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
