extension String {
  /// The runs of characters between single spaces, as names and phrases are written here,
  /// split by bytes in place: splitting by `Character`, which finds grapheme boundaries, was
  /// about a percent of extraction's instructions, and splitting the UTF-8 view, index by
  /// index, several times what splitting its bytes costs.
  var spaceSeparatedWords: [String] {
    var string = self
    return string.withUTF8 { utf8 in
      utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
    }
  }

  /// The number of ``spaceSeparatedWords``, counted without making them.
  var spaceSeparatedWordCount: Int {
    var string = self
    return string.withUTF8 { $0.split(separator: UInt8(ascii: " ")).count }
  }
}
