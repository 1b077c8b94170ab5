extension String {
  /// The runs of characters between single spaces, as names and phrases are written here,
  /// split by bytes in place rather than by `Character`, which finds grapheme boundaries.
  var spaceSeparatedWords: [String] {
    var words: [String] = []
    forEachSpaceSeparatedWord { words.append(String(decoding: $0, as: UTF8.self)) }
    return words
  }

  /// The number of ``spaceSeparatedWords``, counted without making them.
  var spaceSeparatedWordCount: Int {
    var count = 0
    forEachSpaceSeparatedWord { _ in count += 1 }
    return count
  }

  /// Calls `body` with the UTF-8 of each run of characters between spaces.
  func forEachSpaceSeparatedWord(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var string = self
    string.withUTF8 { utf8 in
      var start = 0
      for index in 0...utf8.count where index == utf8.count || utf8[index] == UInt8(ascii: " ") {
        if index > start { body(UnsafeBufferPointer(rebasing: utf8[start..<index])) }
        start = index + 1
      }
    }
  }
}
