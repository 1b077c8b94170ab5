/// What a supply relation moves, found by head nouns after the trigger ("several drones and boats").
enum SupplyItems {
  static let nouns: [String] = [
    "military systems", "military equipment", "drone technology", "nuclear technology", "missile technology",
    "drones", "drone", "boats", "boat", "ships", "missiles", "missile", "weapons", "arms", "rifles",
    "ammunition", "aircraft", "jets", "planes", "helicopters", "tanks", "radars", "radar", "equipment",
    "technology", "oil", "gas", "fuel", "uranium", "wheat", "grain", "food", "medicine", "vaccines",
    "electricity", "lithium", "satellites", "submarines", "solar panels", "paneles solares", "vehículos",
    "armas", "aviones", "helicópteros", "drones", "alimentos", "medicinas", "vacunas", "petróleo", "trigo",
    "combustible", "municiones", "misiles", "tanques", "barcos",
  ]

  /// Each noun's words, split once.
  private static let nounWords = nouns.map { $0.split(separator: " ").map(String.init) }
  /// The nouns' first words: other tokens are passed over with one lookup.
  private static let firstWords = Set(nounWords.map { $0[0] })

  /// The item nouns in the tokens after `position`, up to the end of the clause.
  static func items(in tokens: [Token], after position: Int) -> [String] {
    var found: [String] = []
    var index = position + 1
    while index < tokens.count, !tokens[index].is(oneOf: [";", "."]) {
      if firstWords.contains(tokens[index].lower),
        let match = nounWords.firstIndex(where: { tokens.spell($0, at: index) })
      {
        if !found.contains(nouns[match]) { found.append(nouns[match]) }
        index += nounWords[match].count
      } else {
        index += 1
      }
    }
    return found
  }
}
