/// A person the text introduces, with the office or organization it gives them.
struct PersonSighting {
  /// The full name as written, such as "Mohammad Reza Ashtiani".
  var name: String
  /// The token range of the name in its sentence.
  var range: Range<Int>
  var sentence: Int
  /// The English role, such as "Defense Minister".
  var role: String?
  /// The canonical name of the country the role is held in.
  var country: String?
  /// The canonical name of the organization the role is held in.
  var organization: String?
  /// The rule that found the person.
  var rule: String
  /// Whether ``country`` comes from the sentence around the title rather than the title itself
  /// ("Defence Minister X" in a sentence about Somalia).
  var isCountryInferred = false
}
