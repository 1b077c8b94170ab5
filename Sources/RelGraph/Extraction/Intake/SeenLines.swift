import Foundation

/// The lines of a document read so far, to tell a line printed again (a teaser headline, a
/// link list) as it comes.
///
/// Lines compare as lowercased strings do, so canonically equivalent spellings are one line. A
/// line is kept as its place in the document under a 64-bit hash of its bytes; only a line whose
/// hash an earlier one has is made a `String` (which checks and normalizes it) and compared.
struct SeenLines {
  /// Room for `lineCount` lines, so that the tables are not grown and hashed again line by line.
  init(lineCount: Int) { lineByHash.reserveCapacity(lineCount) }

  /// The first line recorded with each hash.
  private var lineByHash: [UInt64: Range<Int>] = [:]
  /// The further lines recorded with a hash that differ from the first: lines that differ in
  /// text and agree in hash, which 64 bits make all but impossible. Kept apart, so that each line
  /// recorded needs no list of its own.
  private var otherLinesByHash: [UInt64: [Range<Int>]] = [:]

  /// Records the line at `range` of `document`, given as its lowercased UTF-8 bytes
  /// (``TextDocument/appendUTF8(of:lowercased:to:)``).
  ///
  /// - Returns: Whether the line is new: no line recorded before equals it.
  mutating func insert(_ lowercased: [UInt8], at range: Range<Int>, of document: TextDocument) -> Bool {
    let hash = Self.hash(lowercased)
    guard let first = lineByHash[hash] else {
      lineByHash[hash] = range
      return true
    }
    let line = String(decoding: lowercased, as: UTF8.self)
    let earlier = [first] + (otherLinesByHash[hash] ?? [])
    if earlier.contains(where: { document.text($0, lowercased: true) == line }) { return false }
    otherLinesByHash[hash, default: []].append(range)
    return true
  }

  /// The hash of the line's composed form (NFC), which canonically equivalent lines share. Most
  /// lines are composed as they stand: those whose scalars from U+0300 on are all quotes and
  /// dashes, and most others. The few others are composed first.
  private static func hash(_ utf8: [UInt8]) -> UInt64 {
    guard !hasOnlyPunctuationFrom0300(utf8), !isComposed(utf8) else { return utf8.byteHash }
    return Array(String(decoding: utf8, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8).byteHash
  }

  /// Whether every scalar of the UTF-8 from U+0300 on (a byte of 0xCC or more starts one) is
  /// general punctuation from U+2002 to U+203F: curly quotes, dashes, an ellipsis, which are
  /// composed as they stand. Lines with those alone are common, and the quick check for NFC
  /// read each of them whole.
  private static func hasOnlyPunctuationFrom0300(_ utf8: [UInt8]) -> Bool {
    utf8.withUnsafeBufferPointer { utf8 in
      var index = 0
      while index < utf8.count {
        // Eight ASCII bytes, most of a line, are passed over at once.
        if index + 8 <= utf8.count,
          UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self) & .repeating(0x80) == 0
        {
          index += 8
        } else if utf8[index] < 0xCC {
          index += 1
        } else {
          // The UTF-8 is valid: a scalar's lead byte 0xE2 has two bytes after it.
          guard utf8[index] == 0xE2, utf8[index + 1] == 0x80, utf8[index + 2] >= 0x82 else { return false }
          index += 3
        }
      }
      return true
    }
  }

  /// Whether the UTF-8 bytes, a line of a document and so valid, pass the standard library's
  /// quick check for NFC. They are not validated again: that was as costly as the check.
  private static func isComposed(_ utf8: [UInt8]) -> Bool {
    guard #available(macOS 26, *) else { return false }
    var span = UTF8Span(unchecked: utf8.span)
    return span.checkForNFC(quickCheck: true)
  }
}
