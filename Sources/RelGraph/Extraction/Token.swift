import Foundation

/// A word or punctuation mark of a sentence.
struct Token {
  /// The text as written.
  var text: String
  /// The text lowercased, for matching trigger words.
  var lower: String
  /// Scalar offsets into the document.
  var range: Range<Int>
  /// Whether the word starts with an upper-case letter.
  let isCapitalized: Bool
  /// Whether the token is a word rather than punctuation.
  let isWord: Bool
  /// The rules' word lists that `lower` is in.
  let classes: WordClass

  init(text: String, range: Range<Int>) {
    self.text = text
    self.range = range
    let first = text.unicodeScalars.first
    isCapitalized = first?.isCapital ?? false
    isWord = first?.isWordCharacter ?? false
    (lower, classes) = Self.lowercased(text)
  }

  /// `text` lowercased and its word classes. An ASCII word, most of any article, is lowercased
  /// on the stack (if it has a capital at all) and looked up by those bytes.
  private static func lowercased(_ text: String) -> (lower: String, classes: WordClass) {
    var native = text  // `withUTF8` may make the string native; `text` is read inside
    return native.withUTF8 { utf8 in
      if utf8.contains(where: { $0 >= 0x80 }) {
        let lower = text.asciiFastLowercased
        return (lower, WordClass(of: lower))
      }
      if !utf8.contains(where: \.isASCIICapital) { return (text, WordClass(lowercased: utf8)) }
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { buffer in
        for (index, byte) in utf8.enumerated() { buffer[index] = byte.asciiLowercased }
        let lower = UnsafeBufferPointer(buffer)
        return (String(decoding: lower, as: UTF8.self), WordClass(lowercased: lower))
      }
    }
  }

  /// Whether the token is a particle that may stand inside a name, written in lower case ("de",
  /// "bin", "al"; not "De").
  var isNameParticle: Bool { classes.contains(.nameParticle) && text == lower }
}

extension [Token] {
  /// Whether the tokens from `start` on are `words`, in lower case. Tokens are read in place by
  /// index: zipping the words with a slice of the tokens copied every token.
  func spell(_ words: [String], at start: Int) -> Bool {
    start + words.count <= count && words.indices.allSatisfy { words[$0] == self[start + $0].lower }
  }
}

/// Splits a sentence into tokens: words (letters, digits and inner periods, as in "U.S."),
/// the possessive "'s" as a token of its own, and each punctuation mark.
///
/// Masked markup inside a word (``MarkupMask/filler``) is skipped, and a word written with
/// combining accents is composed (NFC), so "Irán" matches however it was encoded.
enum Tokenizer {
  static func tokens(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 5 + 4)  // a word and a space are about six characters
    forEachToken(in: range, of: scalars) { text, range in tokens.append(Token(text: text, range: range)) }
    return tokens
  }

  /// The text of each token of `string`.
  static func words(of string: String) -> [String] {
    let scalars = Array(string.unicodeScalars)
    var words: [String] = []
    forEachToken(in: 0..<scalars.count, of: scalars) { text, _ in words.append(text) }
    return words
  }

  /// Calls `body` with the text and range of each token, in order.
  private static func forEachToken(in range: Range<Int>, of scalars: [Unicode.Scalar], _ body: (String, Range<Int>) -> Void) {
    scalars.withUnsafeBufferPointer { scalars in
      var index = range.lowerBound
      while index < range.upperBound {
        let end = tokenEnd(from: index, before: range.upperBound, in: scalars)
        if let text = text(of: scalars[index..<end]) { body(text, index..<end) }
        index = end
      }
    }
  }

  /// Where the token starting at `start` ends: after a word, a possessive "'s" or one mark; a
  /// space is a token of its own here, and has no text.
  private static func tokenEnd(from start: Int, before limit: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.isWordCharacter || scalar == MarkupMask.filler }
    let scalar = scalars[start]
    var end = start + 1
    if isWordScalar(scalar) {
      while end < limit {
        if isWordScalar(scalars[end]) {
          end += 1
        } else if scalars[end] == ".", end + 2 < limit, scalars[end + 1].isCapital, scalars[end + 2] == "." {
          end += 2  // "U.S." keeps its inner periods
        } else if scalars[end] == ".", end - start == 1 || (end >= 2 && scalars[end - 2] == "."), scalars[start].isCapital {
          return end + 1  // the closing period of "U.S." or of an initial
        } else {
          break
        }
      }
    } else if scalar == "'" || scalar == "’", end < limit, scalars[end] == "s" || scalars[end] == "S",
      end + 1 == limit || !isWordScalar(scalars[end + 1])
    {
      end += 1  // the possessive 's
    }
    return end
  }

  /// A token's text: its scalars without masked markup, composed (NFC) if written with combining
  /// accents; `nil` for a space or markup alone.
  ///
  /// UTF-8 built by hand on the stack: appending to a `String.UnicodeScalarView` scalar by scalar is slow.
  private static func text(of scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String? {
    if scalars.count == 1, let scalar = scalars.first, scalar.isSpace { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { utf8 in
      var count = 0
      var needsComposition = false
      for scalar in scalars where scalar != MarkupMask.filler {
        if scalar.isASCII {
          utf8[count] = UInt8(scalar.value)
          count += 1
        } else {
          needsComposition = needsComposition || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark)
          for byte in scalar.utf8 {
            utf8[count] = byte
            count += 1
          }
        }
      }
      guard count > 0 else { return nil }
      let written = String(decoding: UnsafeBufferPointer(rebasing: utf8[..<count]), as: UTF8.self)
      return needsComposition ? written.precomposedStringWithCanonicalMapping : written
    }
  }
}
