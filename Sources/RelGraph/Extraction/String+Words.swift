extension String {
  /// The runs of characters between single spaces, as names and phrases are written here,
  /// split by bytes: splitting by `Character`, which finds grapheme boundaries, was about a
  /// percent of extraction's instructions.
  var spaceSeparatedWords: [String] {
    utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The number of ``spaceSeparatedWords``, counted without making them.
  var spaceSeparatedWordCount: Int { utf8.split(separator: UInt8(ascii: " ")).count }
}
