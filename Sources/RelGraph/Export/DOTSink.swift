/// Where DOT text goes, a run of bytes at a time, with the quoting every name goes through.
///
/// ``DOTString`` grows a buffer. ``DOTByteCount`` only counts, so that a large text can be
/// measured part by part, given a buffer of its exact size, and written into it in parallel,
/// each part into its own ``DOTRegion``.
///
/// Every ID and attribute value relgraph writes goes through ``quoted(_:)``, so no name
/// can be read as a keyword, a number, a port (`a:b`), HTML (`<b>x</b>`) or a Graphviz escape
/// (`\N`). Quoting works on bytes: the characters it changes are all ASCII, so UTF-8 passes
/// through whole.
protocol DOTSink {
  /// Appends bytes as they are.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension DOTSink {
  /// Appends bytes as they are.
  mutating func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

  /// Appends text as it is.
  mutating func raw(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil { append(Array(text.utf8)) }
  }

  /// Appends `text` as a double-quoted DOT string.
  ///
  /// Backslashes are doubled (Graphviz would otherwise expand `\N`, `\G`, `\E`, `\T`, `\L`),
  /// quotes are escaped, a line break becomes `\n` (Graphviz's centred line break), tabs and
  /// carriage returns become spaces, and other control characters, which Graphviz cannot show,
  /// are dropped. `&` is written `&amp;`: Graphviz turns entities in labels and tooltips into the
  /// characters they name, and copies them into SVG attributes as they are, so a text's "&#1;"
  /// would otherwise become a character that XML does not allow.
  mutating func quoted(_ text: String) {
    quoted { $0.escaped(text) }
  }

  /// Appends a double-quoted DOT string that `body` writes piece by piece with
  /// ``escaped(_:)``, so long values such as tooltips are never joined into one string first.
  mutating func quoted(_ body: (inout Self) -> Void) {
    raw("\"")
    body(&self)
    raw("\"")
  }

  /// Appends `text` escaped as ``quoted(_:)`` escapes it, without the quotes.
  mutating func escaped(_ text: String) {
    DOTEscapes.text.forEachPiece(of: text) { append($0) }
  }
}

/// The escapes of ``DOTSink/quoted(_:)``.
private enum DOTEscapes {
  static let text = EscapeTable(replacement(of:))

  private static func replacement(of byte: UInt8) -> String? {
    switch byte {
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "\\"): "\\\\"
    case UInt8(ascii: "\""): "\\\""
    case UInt8(ascii: "\n"): "\\n"
    case UInt8(ascii: "\r"), UInt8(ascii: "\t"): " "
    case 0..<0x20, 0x7F: ""
    default: nil
    }
  }
}

/// Counts the bytes a text would take, writing nothing.
struct DOTByteCount: DOTSink {
  private(set) var count = 0

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { count += bytes.count }
}

/// Writes into a region of a larger buffer, measured beforehand with ``DOTByteCount``.
///
/// Regions of one buffer never overlap and each is written by one thread, which is what makes
/// handing one to another thread safe.
struct DOTRegion: DOTSink, @unchecked Sendable {
  private let region: UnsafeMutableBufferPointer<UInt8>
  /// How many bytes have been written.
  private(set) var count = 0

  init(_ region: UnsafeMutableBufferPointer<UInt8>) { self.region = region }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    precondition(bytes.count <= region.count - count, "a DOT part outgrew the size measured for it")
    guard !bytes.isEmpty else { return }
    (region.baseAddress! + count).initialize(from: bytes.baseAddress!, count: bytes.count)
    count += bytes.count
  }
}
