/// Given names of many languages, to recognise a person named without a title.
enum GivenNames {
  static let all: Set<String> = Set(GivenNameTable.text.split(separator: "\n").map(String.init))

  static func contains(_ word: String) -> Bool { all.contains(word) }
}
