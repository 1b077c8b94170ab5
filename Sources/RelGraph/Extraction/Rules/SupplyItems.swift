/// What a supply relation moves, found by the nouns of lexicon entry `supply-item` after the
/// trigger ("several drones and boats").
enum SupplyItems {
  /// The item nouns in the tokens after `position`, up to the end of the clause.
  static func items(in tokens: [Token], after position: Int) -> [String] {
    var found: [String] = []
    var index = position + 1
    while index < tokens.count, !tokens[index].is(oneOf: [";", "."]) {
      if let match = tokens.phrase(.supplyItem, at: index) {
        let noun = match.words.joined(separator: " ")
        if !found.contains(noun) { found.append(noun) }
        index += match.words.count
      } else {
        index += 1
      }
    }
    return found
  }
}
