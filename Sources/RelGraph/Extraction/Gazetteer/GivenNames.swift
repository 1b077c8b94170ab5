/// Given names of many languages, to recognise a person named without a title.
enum GivenNames {
  static let all: Set<String> = Set(GivenNameTable.text.utf8.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) })

  static func contains(_ word: String) -> Bool { all.contains(word) }
}
