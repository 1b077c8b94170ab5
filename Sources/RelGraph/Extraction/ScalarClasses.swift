extension Unicode.Scalar {
  /// Letters, digits and combining marks: what words are made of.
  ///
  /// These classes run for every character of every document, so ASCII is decided by range
  /// checks rather than Unicode property lookups.
  var isWordCharacter: Bool {
    if value < 0x80 { return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
  }

  /// An upper-case letter.
  var isCapital: Bool { value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase }

  /// White space, line breaks included.
  var isSpace: Bool { value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace }
}

extension String {
  /// `lowercased()`, skipping its Unicode case mapping when the text is ASCII: extraction
  /// lowercases every token and line of every document.
  var asciiFastLowercased: String {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return lowercased() }
    return String(decoding: utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
  }
}
