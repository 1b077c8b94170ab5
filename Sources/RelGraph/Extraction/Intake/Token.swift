import Foundation

/// A word or punctuation mark of a sentence, read in place from the bytes of its document.
///
/// A token keeps no `String`: ``text`` and ``lower`` are made when a rule asks for them, which
/// few rules do at few tokens; most test ``classes``.
///
/// A token holds the bytes it was read from (its document's, ``TextDocument/utf8``), so it can
/// never outlive them: they are freed only when the last token and the document are gone.
struct Token {
  /// Byte offsets into the document's UTF-8.
  let range: Range<Int>
  /// The bytes ``range`` counts into.
  private let storage: PinnedBytes
  /// Whether the word starts with an upper-case letter.
  let isCapitalized: Bool
  /// Whether the token is a word rather than punctuation.
  let isWord: Bool
  /// Whether the bytes are ASCII, as most words of any article are.
  private let isASCII: Bool
  /// Whether lowercasing changes the text.
  private let hasCapital: Bool
  /// Whether the text is not the bytes as they lie: masked markup left out, or combining
  /// accents composed (see ``Tokenizer``).
  let isRewritten: Bool
  /// ``lower``'s number among the words of the rules' lists, or -1: 16 bits, which fit beside the
  /// flags and keep a token at 48 bytes.
  private let listedNumber: Int16
  /// The rules' word lists that ``lower`` is in.
  let classes: WordClass

  /// The token of ASCII bytes at `range` of `storage`, which has a capital
  /// letter if `hasCapital`. Its classes are looked up from its bytes, lowercased on the stack
  /// if need be. Inlined into the tokenizer's loop, as most tokens are made here.
  @inline(__always)
  init(ascii range: Range<Int>, hasCapital: Bool, of storage: PinnedBytes) {
    let bytes = UnsafeBufferPointer(rebasing: storage.buffer[range])
    self.range = range
    self.storage = storage
    let first = Unicode.Scalar(bytes[0])
    isCapitalized = first.isCapital
    isWord = first.isWordCharacter
    isASCII = true
    isRewritten = false
    self.hasCapital = hasCapital
    let listing =
      hasCapital ? bytes.withASCIILowercased(WordClass.listing(lowercased:)) : WordClass.listing(lowercased: bytes)
    (classes, listedNumber) = (listing?.classes ?? [], listing.map { Int16($0.number) } ?? -1)
  }

  /// The token at `range` of `storage` whose text, as the tokenizer reads it, is `text`: any
  /// token with a byte that is not ASCII.
  init(text: String, range: Range<Int>, of storage: PinnedBytes) {
    self.range = range
    self.storage = storage
    let first = text.unicodeScalars.first
    isCapitalized = first?.isCapital ?? false
    isWord = first?.isWordCharacter ?? false
    isASCII = false
    isRewritten = !text.utf8.elementsEqual(storage.buffer[range])
    var lower = text.asciiFastLowercased
    hasCapital = lower != text
    let listing = lower.withUTF8(WordClass.listing(lowercased:))
    (classes, listedNumber) = (listing?.classes ?? [], listing.map { Int16($0.number) } ?? -1)
  }

  /// ``lower``'s number among the words of the rules' lists, if it is one (see ``LexiconTable``).
  var lexiconNumber: Int? { listedNumber < 0 ? nil : Int(listedNumber) }

  /// The bytes as they lie in the document; valid while the token is.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage.buffer[range]) }

  /// The text as written.
  var text: String {
    guard isRewritten else { return String(decoding: bytes, as: UTF8.self) }
    return Tokenizer.text(of: range, in: storage.buffer) ?? ""
  }

  /// Appends the UTF-8 of ``text``: the bytes as they lie, unless rewritten.
  func appendText(to utf8: inout [UInt8]) {
    if isRewritten { utf8.append(contentsOf: text.utf8) } else { utf8.append(contentsOf: bytes) }
  }

  /// The text lowercased.
  var lower: String {
    guard hasCapital else { return text }
    return isASCII ? bytes.withASCIILowercased { String(decoding: $0, as: UTF8.self) } : text.asciiFastLowercased
  }

  /// Whether ``lower`` is `word`, a word written in lower case. An ASCII token is compared byte
  /// by byte, without making its text.
  func `is`(_ word: StaticString) -> Bool {
    word.withUTF8Buffer { isLowercased($0) }
  }

  /// Whether ``lower`` is `word`. Read in place: a copy to call `withUTF8` on retained the word.
  func `is`(_ word: String) -> Bool {
    word.utf8.withContiguousStorageIfAvailable { isLowercased($0) } ?? (lower == word)
  }

  /// Whether ``lower``'s UTF-8 is `utf8`.
  private func isLowercased(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard isASCII else { return lower.utf8.elementsEqual(utf8) }
    guard range.count == utf8.count else { return false }
    let bytes = self.bytes
    for index in bytes.indices where bytes[index].asciiLowercased != utf8[index] { return false }
    return true
  }

  /// Whether ``lower`` is one of `words`. A token that is not ASCII is lowercased once, not
  /// once a word.
  func `is`(oneOf words: [StaticString]) -> Bool {
    guard isASCII else {
      let lower = self.lower
      return words.contains { $0.withUTF8Buffer { lower.utf8.elementsEqual($0) } }
    }
    return words.contains { self.is($0) }
  }

  /// Whether the token is the possessive "'s", with a straight or a curly apostrophe.
  var isPossessiveMark: Bool { self.is(oneOf: ["'s", "’s"]) }

  /// Whether ``text``'s UTF-8 is `utf8`, byte for byte (a rewritten token's text is composed).
  func hasText(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !isRewritten else { return text.utf8.elementsEqual(utf8) }
    guard utf8.count == range.count else { return false }
    return utf8.isEmpty || memcmp(utf8.baseAddress!, storage.buffer.baseAddress! + range.lowerBound, range.count) == 0
  }

  /// The value of a token of ASCII digits, such as a year or a day.
  var number: Int? {
    guard isASCII, range.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// Whether the token is a particle that may stand inside a name, written in lower case ("de",
  /// "bin", "al"; not "De").
  var isNameParticle: Bool { classes.contains(.nameParticle) && !hasCapital }
}

extension [Token] {
  /// Whether a word of lexicon entry `negation` stands within three words before `position`
  /// ("did not sign").
  func isNegated(at position: Int) -> Bool {
    self[Swift.max(0, position - 3)..<position].contains { $0.classes.contains(.negation) }
  }

  /// Whether the tokens from `start` on are `words`, in lower case. Tokens are read in place by
  /// index: zipping the words with a slice of the tokens copied every token.
  func spell(_ words: [String], at start: Int) -> Bool {
    start + words.count <= count && words.indices.allSatisfy { self[start + $0].is(words[$0]) }
  }
}

/// Splits a sentence into tokens: words (letters, digits and inner periods, as in "U.S."),
/// the possessive "'s" as a token of its own, and each punctuation mark.
///
/// Masked markup inside a word (``MarkupMask/filler``) is skipped, and a word written with
/// combining accents is composed (NFC), so "Irán" matches however it was encoded.
enum Tokenizer {
  /// The tokens of the bytes at `range` of `storage`, valid UTF-8.
  static func tokens(in range: Range<Int>, of storage: PinnedBytes) -> [Token] {
    let utf8 = storage.buffer
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 6 + 4)  // a word and a space are about six characters
    forEachToken(in: range, of: utf8) { range, asciiWordHasCapital in
      if let hasCapital = asciiWordHasCapital {
        tokens.append(Token(ascii: range, hasCapital: hasCapital, of: storage))
        return
      }
      let bytes = UnsafeBufferPointer(rebasing: utf8[range])
      if bytes.allSatisfy({ $0 < 0x80 }) {
        if !isSpace(bytes) {
          tokens.append(Token(ascii: range, hasCapital: bytes.contains(where: \.isASCIICapital), of: storage))
        }
      } else if let text = text(of: range, in: utf8) {
        tokens.append(Token(text: text, range: range, of: storage))
      }
    }
    return tokens
  }

  /// The tokens of `string`, their ranges offsets into its UTF-8.
  static func tokens(of string: String) -> [Token] {
    let storage = PinnedBytes(Array(string.utf8))
    return tokens(in: 0..<storage.buffer.count, of: storage)
  }

  /// Calls `body` with the UTF-8 of each token's text of `string`, in order: its bytes where
  /// they lie, or its text's where rewritten. No `String` is made of an ASCII word; nor is a
  /// ``Token``, whose word classes need the lists of words this serves to build.
  static func forEachWord(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var string = string
    string.withUTF8 { utf8 in
      forEachToken(in: 0..<utf8.count, of: utf8) { range, asciiWordHasCapital in
        guard asciiWordHasCapital == nil else { return body(UnsafeBufferPointer(rebasing: utf8[range])) }
        guard var text = text(of: range, in: utf8) else { return }
        text.withUTF8(body)
      }
    }
  }

  /// Calls `body` with the range of each token in order, white space included but for the
  /// plain spaces between words, which are passed over here: a token of no text each, they
  /// were nearly half of the tokens found. For a word of ASCII letters and digits, most tokens
  /// of any article, `body` is also told whether it has a capital letter, found in the one pass
  /// that found its end; it is `nil` for any other token.
  private static func forEachToken(
    in range: Range<Int>, of utf8: UnsafeBufferPointer<UInt8>,
    _ body: (Range<Int>, _ asciiWordHasCapital: Bool?) -> Void
  ) {
    var index = range.lowerBound
    while index < range.upperBound {
      if utf8[index] == UInt8(ascii: " ") {
        index += 1
        continue
      }
      if let word = asciiWord(from: index, before: range.upperBound, in: utf8) {
        body(index..<word.end, word.hasCapital)
        index = word.end
        continue
      }
      let end = tokenEnd(from: index, before: range.upperBound, in: utf8)
      body(index..<end, nil)
      index = end
    }
  }

  /// The end of the word of ASCII letters and digits at `start`, and whether it has a capital,
  /// read a byte at a time without decoding; `nil` when no such word starts there, or when the
  /// word runs on into a byte that ``tokenEnd(from:before:in:)`` must decide: a period (as in
  /// "U.S.") or one that is not ASCII (an accent, masked markup).
  private static func asciiWord(from start: Int, before limit: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (
    end: Int, hasCapital: Bool
  )? {
    var end = start
    var hasCapital = false
    while end < limit {
      let byte = utf8[end]
      // `| 0x20` lowercases a capital and leaves a small letter: the one test covers both.
      if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) {
        hasCapital = hasCapital || byte & 0x20 == 0
      } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        break
      }
      end += 1
    }
    guard end > start else { return nil }
    if end < limit, utf8[end] >= 0x80 || utf8[end] == UInt8(ascii: ".") { return nil }
    return (end, hasCapital)
  }

  /// Whether ASCII bytes are a space, which is a token of its own here and has no text.
  private static func isSpace(_ ascii: UnsafeBufferPointer<UInt8>) -> Bool {
    ascii.count == 1 && Unicode.Scalar(ascii[0]).isSpace
  }

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
        } else if scalar == ".", end + 2 < limit, case (let capital, let capitalWidth) = utf8.scalar(at: end + 1),
          capital.isCapital, end + 1 + capitalWidth < limit, utf8[end + 1 + capitalWidth] == UInt8(ascii: ".")
        {
          end += 1 + capitalWidth  // "U.S." keeps its inner periods
        } else if scalar == ".",
          start + firstWidth == end || utf8[utf8.scalarStart(before: end) - 1] == UInt8(ascii: "."),
          first.isCapital
        {
          return end + 1  // the closing period of "U.S." or of an initial
        } else {
          break
        }
      }
    } else if first == "'" || first == "’", end < limit,
      utf8[end] == UInt8(ascii: "s") || utf8[end] == UInt8(ascii: "S"),
      end + 1 == limit || !isWordScalar(utf8.scalar(at: end + 1).scalar)
    {
      end += 1  // the possessive 's
    }
    return end
  }

  /// A token's text: its bytes without masked markup, composed (NFC) if written with combining
  /// accents; `nil` for a space or markup alone.
  static func text(of range: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> String? {
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
        needsComposition =
          needsComposition || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark)
      }
    }
    guard hasText else { return nil }
    var text = String(decoding: bytes, as: UTF8.self)
    if hasFiller { text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != MarkupMask.filler })) }
    return needsComposition ? text.precomposedStringWithCanonicalMapping : text
  }
}
