/// Values for words of the rules' lists (``WordClass/members``), read by a token's number among
/// them (``Token/lexiconNumber``) rather than by its lowercased text: no string is made of the
/// token, and none hashed, as a `Dictionary` keyed by the text needs at every token it reads.
struct LexiconTable<Value: Sendable>: Sendable {
  private let values: [Value?]

  /// The table of `values`, each keyed by a lower-case word that must be in one of the lists.
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
