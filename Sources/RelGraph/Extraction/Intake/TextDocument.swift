import Foundation

/// The text of one article, checked and ready to segment.
///
/// HTML (`.html`, `.htm`, or text opening with `<html`) and Markdown (`.md`) are read with their
/// markup hidden (see `MarkupMask`); evidence offsets still count scalars of the original file.
public struct TextDocument: Sendable {
  /// The name evidence will cite, usually the file name.
  public var name: String
  /// The text as valid UTF-8, markup masked. The segmenter and tokenizer read it in place, and
  /// the ranges of sentences and tokens are byte offsets into it.
  var utf8: UnsafeBufferPointer<UInt8> { storage.buffer }
  /// The bytes of ``utf8``, which the document's tokens hold.
  let storage: PinnedBytes
  /// The size of the original text in bytes.
  public let byteCount: Int
  /// Whether markup was masked, leaving runs of spaces that evidence sentences should not show.
  private let hasMarkup: Bool
  /// How many scalars come before each block of ``scalarBlock`` bytes, to turn byte offsets into
  /// the scalar offsets evidence gives; empty when the text is ASCII and the two agree.
  private let scalarsBeforeBlock: [Int]
  private static let scalarBlock = 256

  /// Checks that `bytes` are non-empty UTF-8 text and keeps them.
  ///
  /// - Throws: ``InputError`` for empty, binary (NUL bytes) or invalid UTF-8 input.
  public init(name: String, bytes: some Collection<UInt8>) throws(InputError) {
    var utf8 = Array(bytes)
    if let error = utf8.withUnsafeBufferPointer(Self.validate) { throw error }
    if utf8.starts(with: [0xEF, 0xBB, 0xBF]) {
      utf8.replaceSubrange(0..<3, with: [UInt8(ascii: " ")])  // a byte-order mark is not text; keep offsets
    }
    let format = MarkupMask.Format.of(name: name, utf8: utf8)
    if format != .plain {
      let masked = MarkupMask.mask(Array(String(decoding: utf8, as: UTF8.self).unicodeScalars), as: format)
      utf8.removeAll(keepingCapacity: true)
      for scalar in masked { utf8.append(contentsOf: scalar.utf8) }
    }
    guard utf8.withUnsafeBufferPointer(Self.hasText) else { throw .empty }
    self.name = name
    self.storage = PinnedBytes(utf8)
    self.hasMarkup = format != .plain
    self.byteCount = bytes.count
    self.scalarsBeforeBlock = utf8.withUnsafeBufferPointer(Self.scalarsBeforeBlocks)
  }

  /// Why `bytes` are not text, if they are not: a NUL byte, or the offset of the first byte
  /// that is not valid UTF-8. ASCII bytes, most of any article, are passed over eight at a time;
  /// only the others go through a UTF-8 decoder.
  private static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> InputError? {
    if !bytes.isEmpty, memchr(bytes.baseAddress!, 0, bytes.count) != nil { return .binary }
    var offset = 0
    while offset < bytes.count {
      if offset + 8 <= bytes.count,
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        offset += 8
        continue
      }
      if bytes[offset] < 0x80 {
        offset += 1
        continue
      }
      var decoder = UTF8()
      var iterator = bytes[offset...].makeIterator()
      guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return .invalidUTF8(offset: offset) }
      offset += UTF8.width(scalar)
    }
    return nil
  }

  /// Whether valid UTF-8 holds a character other than white space and masked markup.
  private static func hasText(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var offset = 0
    while offset < utf8.count {
      let (scalar, width) = utf8.scalar(at: offset)
      if !scalar.properties.isWhitespace, scalar != MarkupMask.filler { return true }
      offset += width
    }
    return false
  }

  /// The scalars before each block of valid UTF-8, and before its end if that starts a block;
  /// none for ASCII.
  private static func scalarsBeforeBlocks(_ utf8: UnsafeBufferPointer<UInt8>) -> [Int] {
    guard utf8.contains(where: { $0 >= 0x80 }) else { return [] }
    var counts = [0]
    counts.reserveCapacity(utf8.count / scalarBlock + 1)
    for blockStart in stride(from: 0, to: utf8.count - scalarBlock + 1, by: scalarBlock) {
      counts.append(counts[counts.count - 1] + utf8.scalarCount(in: blockStart..<blockStart + scalarBlock))
    }
    return counts
  }

  /// Creates a document from text already in memory.
  public init(name: String, text: String) throws(InputError) {
    try self.init(name: name, bytes: Array(text.utf8))
  }

  /// The number of scalars before the byte at `offset`: the offset evidence gives.
  func scalarOffset(_ offset: Int) -> Int {
    guard !scalarsBeforeBlock.isEmpty else { return offset }
    let block = offset / Self.scalarBlock
    return scalarsBeforeBlock[block] + utf8.scalarCount(in: block * Self.scalarBlock..<offset)
  }

  /// The text between two byte offsets, without the markup.
  ///
  /// - Parameter lowercased: Whether to lowercase it as it is built, scalar by scalar, as `asciiFastLowercased` does
  ///   (``Unicode/Scalar/appendLowercased(to:)``).
  func text(_ range: Range<Int>, lowercased: Bool = false) -> String {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(range.count)
    appendUTF8(of: range, lowercased: lowercased, to: &utf8)
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Appends to `output` the bytes of ``text(_:lowercased:)``, for callers that need no `String`.
  func appendUTF8(of range: Range<Int>, lowercased: Bool, to output: inout [UInt8]) {
    if hasMarkup {
      appendUTF8WithoutMarkup(of: range, lowercased: lowercased, to: &output)
    } else if !lowercased {
      output.append(contentsOf: utf8[range])
    } else {
      // Runs of ASCII, most of any line, are copied whole and lowercased in place, not through
      // `withASCIILowercased`, whose buffer on the stack costs a further copy of every line.
      let utf8 = self.utf8
      var offset = range.lowerBound
      while offset < range.upperBound {
        var end = offset
        while end < range.upperBound, utf8[end] < 0x80 { end += 1 }
        if end > offset {
          let start = output.count
          output.append(contentsOf: utf8[offset..<end])
          output.withUnsafeMutableBufferPointer { output in
            for index in start..<output.count { output[index] = output[index].asciiLowercased }
          }
          offset = end
        } else {
          let (scalar, width) = utf8.scalar(at: offset)
          scalar.appendLowercased(to: &output)
          offset += width
        }
      }
    }
  }

  /// ``appendUTF8(of:lowercased:to:)`` for text with masked markup: without the fillers, and
  /// with each run of white space left by markup made one space.
  private func appendUTF8WithoutMarkup(of range: Range<Int>, lowercased: Bool, to output: inout [UInt8]) {
    let utf8 = self.utf8
    var spacePending = false
    var offset = range.lowerBound
    while offset < range.upperBound {
      let (scalar, width) = utf8.scalar(at: offset)
      offset += width
      if scalar == MarkupMask.filler { continue }
      if scalar.properties.isWhitespace {
        spacePending = true
        continue
      }
      if spacePending { output.append(UInt8(ascii: " ")) }
      spacePending = false
      if lowercased {
        scalar.appendLowercased(to: &output)
      } else {
        output.append(contentsOf: utf8[offset - width..<offset])
      }
    }
    if spacePending { output.append(UInt8(ascii: " ")) }
  }
}
