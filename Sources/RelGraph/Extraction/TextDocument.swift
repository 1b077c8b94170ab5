import Foundation

/// The text of one article, checked and ready to segment.
///
/// HTML (`.html`, `.htm`, or text opening with `<html`) and Markdown (`.md`) are read with their
/// markup hidden (see ``MarkupMask``); evidence offsets still count scalars of the original file.
public struct TextDocument: Sendable {
  /// The name evidence will cite, usually the file name.
  public var name: String
  /// The text as Unicode scalars, markup masked; evidence offsets index this array.
  let scalars: [Unicode.Scalar]
  /// The size of the original text in bytes.
  public let byteCount: Int
  /// Whether markup was masked, leaving runs of spaces that evidence sentences should not show.
  private let hasMarkup: Bool

  /// Checks that `bytes` are non-empty UTF-8 text and keeps them.
  ///
  /// - Throws: ``InputError`` for empty, binary (NUL bytes) or invalid UTF-8 input.
  public init(name: String, bytes: some Collection<UInt8>) throws(InputError) {
    let decoded = bytes.withContiguousStorageIfAvailable(Self.scalars) ?? Array(bytes).withUnsafeBufferPointer(Self.scalars)
    var scalars = try decoded.get()
    if scalars.first == "\u{FEFF}" { scalars[0] = " " }  // a byte-order mark is not text; keep offsets
    let format = MarkupMask.Format.of(name: name, scalars: scalars)
    scalars = MarkupMask.mask(scalars, as: format)
    guard scalars.contains(where: { !$0.properties.isWhitespace && $0 != MarkupMask.filler }) else { throw .empty }
    self.name = name
    self.scalars = scalars
    self.hasMarkup = format != .plain
    self.byteCount = bytes.count
  }

  /// The Unicode scalars of `bytes`, checked: no NUL byte, valid UTF-8. ASCII bytes, most of
  /// any article, become scalars directly; only the others go through a UTF-8 decoder.
  private static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> Result<[Unicode.Scalar], InputError> {
    if !bytes.isEmpty, memchr(bytes.baseAddress!, 0, bytes.count) != nil { return .failure(.binary) }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    var offset = 0
    while offset < bytes.count {
      if bytes[offset] < 0x80 {
        scalars.append(Unicode.Scalar(bytes[offset]))
        offset += 1
        continue
      }
      var decoder = UTF8()
      var iterator = bytes[offset...].makeIterator()
      guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return .failure(.invalidUTF8(offset: offset)) }
      scalars.append(scalar)
      offset += UTF8.width(scalar)
    }
    return .success(scalars)
  }

  /// Creates a document from text already in memory.
  public init(name: String, text: String) throws(InputError) {
    try self.init(name: name, bytes: Array(text.utf8))
  }

  /// The text between two scalar offsets, without the markup.
  ///
  /// Built as UTF-8 bytes: appending scalars to a `String.UnicodeScalarView` one by one took a
  /// tenth of extraction's time.
  ///
  /// - Parameter lowercased: Whether to lowercase it as it is built, scalar by scalar, as `asciiFastLowercased` does
  ///   (``Unicode/Scalar/appendLowercased(to:)``).
  func text(_ range: Range<Int>, lowercased: Bool = false) -> String {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(range.count)
    appendUTF8(of: range, lowercased: lowercased, to: &utf8)
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Appends to `utf8` the bytes of ``text(_:lowercased:)``, for callers that need no `String`.
  func appendUTF8(of range: Range<Int>, lowercased: Bool, to utf8: inout [UInt8]) {
    var spacePending = false
    for scalar in scalars[range] {
      if hasMarkup {
        if scalar == MarkupMask.filler { continue }
        if scalar.properties.isWhitespace {
          spacePending = true
          continue
        }
        if spacePending { utf8.append(UInt8(ascii: " ")) }
        spacePending = false
      }
      if lowercased {
        scalar.appendLowercased(to: &utf8)
      } else if scalar.isASCII {
        utf8.append(UInt8(scalar.value))
      } else {
        utf8.append(contentsOf: scalar.utf8)
      }
    }
    if spacePending { utf8.append(UInt8(ascii: " ")) }
  }
}
