/// Values for the first words of a lexicon entry's phrases, read by a token's number among the
/// listed words (``Token/lexiconNumber``) rather than by its lowercased text: no string is made
/// of the token, and none hashed.
struct LexiconTable<Value: Sendable>: Sendable {
  private let values: [Value?]

  /// The table of `values`, each keyed by a lower-case word that must be listed (``WordClass``).
  init(_ values: [String: Value]) {
    var table = [Value?](repeating: nil, count: WordClass.lexiconCount)
    for (word, value) in values {
      guard let number = WordClass.lexiconNumber(of: word) else { preconditionFailure("'\(word)' is in no word list") }
      table[number] = value
    }
    self.values = table
  }

  /// The value for the token's word, lowercased.
  subscript(token: Token) -> Value? { token.lexiconNumber.flatMap { values[$0] } }
}

extension LexiconTable where Value == [Lexicon.Phrase] {
  /// The phrases of `entry` by their first word, longest first, so that a longer phrase wins
  /// over its first words. Made once per entry, in `PhraseTables`: read them with
  /// ``Swift/Array/phrase(_:at:)``.
  fileprivate init(phrasesOf entry: LexiconEntry) {
    let phrases = Lexicon.shared.phrases(entry)
    self.init(Dictionary(grouping: phrases) { $0.words[0] }.mapValues { $0.sorted { $0.words.count > $1.words.count } })
  }

  /// The longest phrase of the table that `tokens` spell from `start`.
  fileprivate func longestMatch(in tokens: [Token], at start: Int) -> Lexicon.Phrase? {
    guard start < tokens.count else { return nil }
    return self[tokens[start]]?.first { tokens.spell($0.words, at: start) }
  }
}

extension [Token] {
  /// The longest phrase of `entry` that the tokens spell from `start`, if any.
  func phrase(_ entry: LexiconEntry, at start: Int) -> Lexicon.Phrase? {
    guard start >= 0, start < count, self[start].classes.contains(entry) else { return nil }
    return PhraseTables.byEntry[entry.ordinal].longestMatch(in: self, at: start)
  }
}

/// The phrases of every lexicon entry by their first word, made once.
private enum PhraseTables {
  static let byEntry = LexiconEntry.allCases.map { LexiconTable(phrasesOf: $0) }
}

extension LexiconTable where Value == String {
  /// The value of each one-word phrase of `entry` that has one ("presidents = President").
  init(valuesOf entry: LexiconEntry) {
    let pairs = Lexicon.shared.phrases(entry).compactMap { phrase in
      phrase.words.count == 1 ? phrase.value.map { (phrase.words[0], $0) } : nil
    }
    self.init(Dictionary(pairs) { first, _ in first })
  }
}
