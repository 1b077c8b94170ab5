import Foundation

/// A word or punctuation mark of a sentence.
struct Token {
  /// The text as written.
  var text: String
  /// The text lowercased, for matching trigger words.
  var lower: String
  /// Byte offsets into the document's UTF-8.
  var range: Range<Int>
  /// Whether the word starts with an upper-case letter.
  let isCapitalized: Bool
  /// Whether the token is a word rather than punctuation.
  let isWord: Bool
  /// The rules' word lists that `lower` is in.
  let classes: WordClass

  /// The token of ASCII bytes of a document, read in place: its text, and when it has a
  /// capital, its lower case, made on the stack, where its classes are looked up too. Most words
  /// of any article are ASCII.
  init(ascii bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    text = String(decoding: bytes, as: UTF8.self)
    self.range = range
    let first = Unicode.Scalar(bytes[0])
    isCapitalized = first.isCapital
    isWord = first.isWordCharacter
    guard bytes.contains(where: \.isASCIICapital) else {
      (lower, classes) = (text, WordClass(lowercased: bytes))
      return
    }
    (lower, classes) = bytes.withASCIILowercased { (String(decoding: $0, as: UTF8.self), WordClass(lowercased: $0)) }
  }

  /// The token of any other text.
  init(text: String, range: Range<Int>) {
    self.text = text
    self.range = range
    let first = text.unicodeScalars.first
    isCapitalized = first?.isCapital ?? false
    isWord = first?.isWordCharacter ?? false
    lower = text.asciiFastLowercased
    classes = WordClass(of: lower)
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
  /// The tokens of the bytes at `range` of valid UTF-8.
  static func tokens(in range: Range<Int>, of utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 6 + 4)  // a word and a space are about six characters
    forEachToken(in: range, of: utf8) { range in
      let bytes = UnsafeBufferPointer(rebasing: utf8[range])
      if bytes.allSatisfy({ $0 < 0x80 }) {
        if !isSpace(bytes) { tokens.append(Token(ascii: bytes, range: range)) }
      } else if let text = text(of: range, in: utf8) {
        tokens.append(Token(text: text, range: range))
      }
    }
    return tokens
  }

  /// The tokens of `string`, their ranges offsets into its UTF-8.
  static func tokens(of string: String) -> [Token] {
    var string = string
    return string.withUTF8 { tokens(in: 0..<$0.count, of: $0) }
  }

  /// The text of each token of `string`.
  static func words(of string: String) -> [String] {
    var string = string
    var words: [String] = []
    string.withUTF8 { utf8 in forEachToken(in: 0..<utf8.count, of: utf8) { text(of: $0, in: utf8).map { words.append($0) } } }
    return words
  }

  /// Calls `body` with the range of each token, spaces included, in order.
  private static func forEachToken(in range: Range<Int>, of utf8: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    var index = range.lowerBound
    while index < range.upperBound {
      let end = tokenEnd(from: index, before: range.upperBound, in: utf8)
      body(index..<end)
      index = end
    }
  }

  /// Whether ASCII bytes are a space, which is a token of its own here and has no text.
  private static func isSpace(_ ascii: UnsafeBufferPointer<UInt8>) -> Bool { ascii.count == 1 && Unicode.Scalar(ascii[0]).isSpace }

  /// Where the token starting at `start` ends: after a word, a possessive "'s" or one mark; a
  /// space is a token of its own here, and has no text.
  private static func tokenEnd(from start: Int, before limit: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.isWordCharacter || scalar == MarkupMask.filler }
    let (first, firstWidth) = utf8.scalar(at: start)
    var end = start + firstWidth
    if isWordScalar(first) {
      while end < limit {
        let (scalar, width) = utf8.scalar(at: end)
        if isWordScalar(scalar) {
          end += width
        } else if scalar == ".", end + 2 < limit, case let (capital, capitalWidth) = utf8.scalar(at: end + 1),
          capital.isCapital, end + 1 + capitalWidth < limit, utf8[end + 1 + capitalWidth] == UInt8(ascii: ".")
        {
          end += 1 + capitalWidth  // "U.S." keeps its inner periods
        } else if scalar == ".", start + firstWidth == end || utf8[utf8.scalarStart(before: end) - 1] == UInt8(ascii: "."),
          first.isCapital
        {
          return end + 1  // the closing period of "U.S." or of an initial
        } else {
          break
        }
      }
    } else if first == "'" || first == "’", end < limit, utf8[end] == UInt8(ascii: "s") || utf8[end] == UInt8(ascii: "S"),
      end + 1 == limit || !isWordScalar(utf8.scalar(at: end + 1).scalar)
    {
      end += 1  // the possessive 's
    }
    return end
  }

  /// A token's text: its bytes without masked markup, composed (NFC) if written with combining
  /// accents; `nil` for a space or markup alone.
  private static func text(of range: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> String? {
    let bytes = UnsafeBufferPointer(rebasing: utf8[range])
    if bytes.allSatisfy({ $0 < 0x80 }) { return isSpace(bytes) ? nil : String(decoding: bytes, as: UTF8.self) }
    var needsComposition = false
    var hasFiller = false
    var hasText = false
    var offset = range.lowerBound
    while offset < range.upperBound {
      let (scalar, width) = utf8.scalar(at: offset)
      offset += width
      if scalar == MarkupMask.filler {
        hasFiller = true
      } else {
        hasText = hasText || !(width == range.count && scalar.isSpace)
        needsComposition = needsComposition || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark)
      }
    }
    guard hasText else { return nil }
    var text = String(decoding: bytes, as: UTF8.self)
    if hasFiller { text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != MarkupMask.filler })) }
    return needsComposition ? text.precomposedStringWithCanonicalMapping : text
  }
}
