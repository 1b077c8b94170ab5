/// A sentence of an article body, with its place in the document.
struct Sentence {
  /// Byte offsets into the document's UTF-8.
  var range: Range<Int>
  /// The paragraph the sentence belongs to, counted from 0.
  var paragraph: Int
  var tokens: [Token]
}

/// Splits a document into paragraphs and sentences, leaving out web boilerplate.
///
/// A line is boilerplate when it is a list item of a few words without sentence punctuation
/// (SEO link lists, tables of contents) or a line seen earlier in the document (repeated teaser
/// headlines); a sentence is when it invites to comment, share or subscribe. A short line
/// without closing punctuation is a heading: it gives context (a year) but no sentence.
enum Segmenter {
  /// The body sentences of `document`, and the headings that precede each paragraph.
  static func sentences(of document: TextDocument) -> (sentences: [Sentence], headings: [Int: String]) {
    var sentences: [Sentence] = []
    var headings: [Int: String] = [:]
    let utf8 = document.utf8
    let lines = lines(of: utf8)
    var seenLines = SeenLines(lineCount: lines.count)
    var lastHeading: String?
    var paragraph = 0
    var key: [UInt8] = []
    for line in lines {
      // Lowercasing changes neither a line's punctuation nor its spaces, so the lower-case text
      // tells list items and headings too; a heading's own text is made when one is found.
      key.removeAll(keepingCapacity: true)
      document.appendUTF8(of: line, lowercased: true, to: &key)
      guard seenLines.insert(key, at: line, of: document), !isListItem(key) else { continue }
      if isHeading(key) {
        lastHeading = document.text(line)
        continue
      }
      if let heading = lastHeading { headings[paragraph] = heading }
      for range in sentenceRanges(in: line, of: utf8) {
        let tokens = Tokenizer.tokens(in: range, of: document.storage)
        if !isCallToAction(tokens) { sentences.append(Sentence(range: range, paragraph: paragraph, tokens: tokens)) }
      }
      paragraph += 1
    }
    return (sentences, headings)
  }

  /// Non-blank lines of valid UTF-8, trimmed. A line ends at a line feed, a carriage return or
  /// U+2029 (E2 80 A9), found with `memchr`, which reads many bytes at a time.
  static func lines(of utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    // The next line feed and carriage return, or the end; each is searched for again only once passed.
    var nextNewline = -1
    var nextReturn = -1
    var start = 0
    while true {
      if nextNewline < start {
        nextNewline = utf8.firstIndex(of: UInt8(ascii: "\n"), in: start..<utf8.count) ?? utf8.count
      }
      if nextReturn < start {
        nextReturn = utf8.firstIndex(of: UInt8(ascii: "\r"), in: start..<utf8.count) ?? utf8.count
      }
      var end = min(nextNewline, nextReturn)
      var breakWidth = 1
      var search = start
      while let lead = utf8.firstIndex(of: 0xE2, in: search..<end) {
        if utf8[lead + 1] == 0x80, utf8[lead + 2] == 0xA9 {
          (end, breakWidth) = (lead, 3)
          break
        }
        search = lead + 1
      }
      var lower = start
      var upper = end
      while lower < upper, case (let scalar, let width) = utf8.scalar(at: lower), scalar.isSpace { lower += width }
      while upper > lower, case let before = utf8.scalarStart(before: upper), utf8.scalar(at: before).scalar.isSpace {
        upper = before
      }
      if lower < upper { result.append(lower..<upper) }
      guard end < utf8.count else { return result }
      start = end + breakWidth
    }
  }

  /// Whether a line, as UTF-8 bytes, is a list item: a heading that opens with a bullet, a dash,
  /// `>` or "1.".
  static func isListItem(_ line: [UInt8]) -> Bool {
    // Most lines open with none of the markers' first bytes, and need no `String`.
    guard let byte = line.first, listMarkerInitials.contains(byte) || byte == UInt8(ascii: "1") else { return false }
    let text = String(decoding: line, as: UTF8.self)
    guard let first = text.first, listMarkers.contains(first) || text.hasPrefix("1.") else { return false }
    return isHeading(line)
  }

  private static let listMarkers = "-*•·–—>"
  /// The first bytes of ``listMarkers``.
  private static let listMarkerInitials = Array(Set(listMarkers.unicodeScalars.map { $0.utf8.first! }))

  /// Whether a line, as UTF-8 bytes, is a heading: at most 14 words, without closing punctuation,
  /// and not cut off after a word no heading ends with (`open-end`: "Orban appeared to").
  static func isHeading(_ line: [UInt8]) -> Bool {
    hasAtMost(14, wordsIn: line) && !endsSentence(line) && !isCutOff(line)
  }

  /// The words of `open-end`, lower case.
  private static let openEnds = Set(Lexicon.shared.phrases(.openEnd).map { $0.words.joined(separator: " ") })

  /// Whether a lower-case line ends with a word of `open-end`: a sentence cut short, not a heading.
  private static func isCutOff(_ line: [UInt8]) -> Bool {
    let lastWord = line.split(separator: UInt8(ascii: " ")).last ?? []
    return openEnds.contains(String(decoding: lastWord, as: UTF8.self))
  }

  /// Whether `line` has at most `limit` words (runs of characters between spaces), reading no
  /// further than needed: most lines are paragraphs far longer than a heading.
  private static func hasAtMost(_ limit: Int, wordsIn line: [UInt8]) -> Bool {
    var words = 0
    var inWord = false
    for byte in line {
      if byte == UInt8(ascii: " ") {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words > limit { return false }
      }
    }
    return true
  }

  static func isCallToAction(_ tokens: [Token]) -> Bool {
    tokens.indices.contains { start in
      tokens[start].classes.contains(.callToAction)
        && tokens.phrase(.callToAction, at: start) != nil
    }
  }

  /// Whether a line, as UTF-8 bytes, ends with closing punctuation, before any closing quotes.
  /// Read by scalars: the characters compared are one scalar each, and taking a `String`'s
  /// characters costs far more.
  private static func endsSentence(_ line: [UInt8]) -> Bool {
    let text = String(decoding: line, as: UTF8.self)
    guard let last = text.unicodeScalars.last(where: { !closingQuotes.contains($0) }) else { return false }
    return sentenceEnds.contains(last)
  }

  private static let closingQuotes = Array("\"'”’)»".unicodeScalars)
  private static let sentenceEnds = Array(".!?…:;".unicodeScalars)
  /// Marks that may open a sentence besides capitals and digits.
  private static let sentenceOpeners = Array("\"“‘'¿¡(".unicodeScalars)

  /// Words after which a period does not end a sentence (lexicon entry `abbreviation`).
  static let abbreviations = Lexicon.shared.words(.abbreviation)

  /// Sentence ranges within one line of valid UTF-8: a sentence ends at `.`, `!` or `?` (after
  /// any closing quotes) followed by a space and an upper-case letter, a digit, a quote or `¿`/`¡`,
  /// unless the period closes an abbreviation or an initial.
  static func sentenceRanges(in line: Range<Int>, of utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = line.lowerBound
    var index = line.lowerBound
    while index < line.upperBound {
      // A sentence ends only at one of four characters: three ASCII bytes, and "…" (E2 80 A6).
      // Eight bytes with none of their first bytes, most of any line, are passed over at once.
      if index + 8 <= line.upperBound,
        !mayEndSentence(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = utf8[index]
      let width =
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
          1
        } else if byte == 0xE2, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA6 {
          3
        } else {
          0
        }
      guard width > 0 else {
        index += 1
        continue
      }
      let scalar = utf8.scalar(at: index).scalar
      var end = index + width
      while end < line.upperBound, case (let closing, let closingWidth) = utf8.scalar(at: end),
        closingQuotes.contains(closing)
      {
        end += closingWidth
      }
      guard end < line.upperBound, utf8[end] == UInt8(ascii: " ") else {
        // "the region.The resolution": text scraped without the space between two sentences.
        if end < line.upperBound, scalar == ".", isGluedSentenceStart(at: end, after: index, line: line, utf8) {
          result.append(start..<end, reservingAtFirst: 4)
          start = end
        }
        index = end
        continue
      }
      var next = end
      while next < line.upperBound, utf8[next] == UInt8(ascii: " ") { next += 1 }
      guard next < line.upperBound else { break }
      let opener = utf8.scalar(at: next).scalar
      let opensSentence =
        opener.isCapital || opener.properties.numericType != nil
        || sentenceOpeners.contains(opener)
      if opensSentence, !(scalar == "." && closesAbbreviation(at: index, lineStart: start, utf8)) {
        result.append(start..<end, reservingAtFirst: 4)
        start = next
      }
      index = next
    }
    if start < line.upperBound { result.append(start..<line.upperBound, reservingAtFirst: 4) }
    return result
  }

  /// Whether a period at `period` with no space after it still ends a sentence, the next starting
  /// at `next`: a word of two lower-case letters or more before it, a capital and a lower-case
  /// letter after it ("region.The"), which neither an abbreviation ("U.S.") nor a domain
  /// ("example.com") nor a file name ("Main.swift") has.
  private static func isGluedSentenceStart(
    at next: Int, after period: Int, line: Range<Int>, _ utf8: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard period - 2 >= line.lowerBound, next + 1 < line.upperBound else { return false }
    let (capital, width) = utf8.scalar(at: next)
    guard capital.isCapital, next + width < line.upperBound, utf8.scalar(at: next + width).scalar.isLowercaseLetter
    else { return false }
    let last = utf8.scalarStart(before: period)
    guard last > line.lowerBound else { return false }
    return utf8.scalar(at: last).scalar.isLowercaseLetter
      && utf8.scalar(at: utf8.scalarStart(before: last)).scalar.isLowercaseLetter
  }

  /// Whether eight bytes hold a first byte of a sentence's end: ".", "!", "?" or that of "…".
  private static func mayEndSentence(_ bytes: UInt64) -> Bool {
    bytes.hasByte(UInt8(ascii: ".")) || bytes.hasByte(UInt8(ascii: "!")) || bytes.hasByte(UInt8(ascii: "?"))
      || bytes.hasByte(0xE2)
  }

  /// Whether the period at `index` ends an abbreviation ("Gen.", "U.S.") or a one-letter initial.
  private static func closesAbbreviation(at index: Int, lineStart: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var wordStart = index
    while wordStart > lineStart, case let before = utf8.scalarStart(before: wordStart),
      case let scalar = utf8.scalar(at: before).scalar, !scalar.isSpace, scalar != "("
    {
      wordStart = before
    }
    let bytes = UnsafeBufferPointer(rebasing: utf8[wordStart..<index])
    // An ASCII word, as abbreviations and most initials are, is checked on its bytes.
    if bytes.allSatisfy({ $0 < 0x80 }) {
      if bytes.count == 1 { return bytes[0].isASCIICapital }
      return bytes.withASCIILowercased { abbreviationTable.number(of: $0) != nil }
    }
    let word = String(decoding: bytes, as: UTF8.self)
    let lower = word.lowercased()
    if lower.count == 1, word.first?.isUppercase == true { return true }
    return abbreviations.contains(lower)
  }

  /// ``abbreviations`` by their bytes.
  private static let abbreviationTable = ByteStringTable(Array(abbreviations))
}
