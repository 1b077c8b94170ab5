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
    let phrase = phrases.max { (Self.rank($0), $0.count) < (Self.rank($1), $1.count) } ?? "agreement"
    let year = date.map { " (\($0.prefix(4)))" } ?? ""
    return parties.joined(separator: "–") + " " + phrase + year
  }

  /// How specific a phrase's agreement word is: a memorandum or treaty names a document, "deal" does not.
  static func rank(_ phrase: String) -> Int {
    let lower = phrase.lowercased()
    if ["mou", "memorandum", "treaty", "tratado", "memorando"].contains(where: lower.contains) { return 3 }
    if ["pact", "accord", "convenio", "contract", "contrato"].contains(where: lower.contains) { return 2 }
    return lower.contains("agreement") || lower.contains("acuerdo") ? 1 : 0
  }

  /// Whether a date is more precise than another ("2023-07-20" over "2023").
  static func morePrecise(_ date: String, than other: String?) -> Bool {
    guard let other else { return true }
    return date.count > other.count
  }
}
