/// An agreement as the sentences that mention it describe it, before it becomes an entity.
struct AgreementDraft {
  /// Canonical names of the countries that are parties, in order of first mention.
  var parties: [String]
  /// The subject word, such as "defense" or "trade"; empty when the text gives none.
  var topic: String
  /// The phrases that named it: "defense and security MoU", "defense agreement".
  var phrases: [String] = []
  /// The most precise date the text gives.
  var date: String?
  /// Sentences mentioning it.
  var sentences: [Int] = []

  /// The name of the entity: parties, the most specific phrase and the year, as in
  /// "Iran–Bolivia defense and security MoU (2023)".
  var name: String {
    // Each phrase is ranked once, however many sentences write it: a long document names its
    // agreement in many. The first of equally ranked phrases wins, as it is kept first.
    var seen: Set<String> = []
    let phrase =
      phrases.filter { seen.insert($0).inserted }.map { (rank: Self.rank($0), length: $0.count, text: $0) }
      .max { ($0.rank, $0.length) < ($1.rank, $1.length) }?.text ?? "agreement"
    let year = date.map { " (\($0.prefix(4)))" } ?? ""
    return parties.joined(separator: "–") + " " + phrase + year
  }

  /// How specific a phrase's agreement word is: a memorandum or treaty names a document, "deal" does not.
  ///
  /// Searched as bytes: with Foundation imported, `String.contains` searches through `NSString`.
  static func rank(_ phrase: String) -> Int {
    var lower = phrase.lowercased()
    func containsAny(_ words: [StaticString]) -> Bool {
      lower.withUTF8 { text in words.contains { $0.withUTF8Buffer(text.containsBytes) } }
    }
    if containsAny(["mou", "memorandum", "treaty", "tratado", "memorando"]) { return 3 }
    if containsAny(["pact", "accord", "convenio", "contract", "contrato"]) { return 2 }
    return containsAny(["agreement", "acuerdo"]) ? 1 : 0
  }

  /// The id of the entity: it stays the same whatever name the draft ends with.
  var id: EntityID {
    EntityID(kind: .agreement, name: parties.joined(separator: " ") + " " + topic + " " + (date ?? ""))
  }

  /// Whether a date is more precise than another ("2023-07-20" over "2023").
  static func morePrecise(_ date: String, than other: String?) -> Bool {
    guard let other else { return true }
    return date.count > other.count
  }
}
