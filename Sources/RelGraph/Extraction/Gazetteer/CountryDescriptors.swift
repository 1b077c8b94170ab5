/// Descriptions that stand for one country in context ("the Andean country" in an article about
/// Bolivia): an adjective, and the countries it can describe. General geography; extend freely.
enum CountryDescriptors {
  static let candidates: [String: Set<String>] = [
    "andean": ["Bolivia", "Peru", "Ecuador", "Colombia", "Venezuela", "Chile", "Argentina"],
    "andino": ["Bolivia", "Peru", "Ecuador", "Colombia", "Venezuela", "Chile", "Argentina"],
    "andina": ["Bolivia", "Peru", "Ecuador", "Colombia", "Venezuela", "Chile", "Argentina"],
    "caribbean": ["Cuba", "Haiti", "Dominican Republic", "Jamaica", "Trinidad and Tobago", "Barbados", "Bahamas"],
    "caribeño": ["Cuba", "Haiti", "Dominican Republic", "Jamaica", "Trinidad and Tobago", "Barbados", "Bahamas"],
    "persian": ["Iran"],
    "gulf": ["Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Bahrain", "Oman"],
    "balkan": [
      "Serbia", "Bosnia and Herzegovina", "Montenegro", "Albania", "Republic of Macedonia", "Kosovo", "Croatia",
    ],
    "baltic": ["Estonia", "Latvia", "Lithuania"],
    "nordic": ["Norway", "Sweden", "Finland", "Denmark", "Iceland"],
    "scandinavian": ["Norway", "Sweden", "Denmark"],
    "central american": ["Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Belize"],
    "centroamericano": ["Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Belize"],
    "south american": [
      "Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Guyana", "Paraguay", "Peru", "Suriname",
      "Uruguay", "Venezuela",
    ],
    "sudamericano": [
      "Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Guyana", "Paraguay", "Peru", "Suriname",
      "Uruguay", "Venezuela",
    ],
    "central asian": ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"],
    "southeast asian": [
      "Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand", "Vietnam", "Myanmar", "Cambodia", "Laos",
    ],
    "north african": ["Morocco", "Algeria", "Tunisia", "Libya", "Egypt"],
    "arab": [
      "Saudi Arabia", "Egypt", "Iraq", "Syria", "Jordan", "Lebanon", "United Arab Emirates", "Qatar", "Kuwait",
      "Bahrain", "Oman", "Yemen", "Algeria", "Morocco", "Tunisia", "Libya", "Sudan",
    ],
    "islamic": ["Iran", "Pakistan", "Afghanistan", "Mauritania"],
    "communist": ["China", "Cuba", "Vietnam", "Laos", "North Korea"],
    "landlocked": [
      "Bolivia", "Paraguay", "Afghanistan", "Kazakhstan", "Mongolia", "Ethiopia", "Nepal", "Switzerland", "Austria",
      "Hungary",
    ],
  ]

  /// Nouns a descriptor qualifies: "the Andean country", "el país andino".
  static let heads: Set<String> = [
    "country", "nation", "state", "republic", "government", "kingdom", "país", "nación", "estado", "república",
    "gobierno",
  ]

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
    start + 2 < tokens.count && !tokens[start + 1].classes.isDisjoint(with: [.descriptor, .descriptorHead])
  }

  /// ``match(_:at:)`` where the word after `start` may be part of a descriptor.
  private static func descriptor(afterArticleAt start: Int, _ tokens: [Token]) -> (
    candidates: Set<String>, length: Int
  )? {
    guard tokens[start].is(oneOf: ["the", "el", "la"]) else { return nil }
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
