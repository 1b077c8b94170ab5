/// DOT text under construction, as UTF-8 bytes, with the quoting every name goes through.
///
/// Every ID and attribute value relgraph writes goes through ``quoted(_:)``, so no name can be
/// read as a keyword, a number, a port (`a:b`), HTML (`<b>x</b>`) or a Graphviz escape (`\N`).
/// Quoting works on bytes: the characters it changes are all ASCII, so UTF-8 passes through whole.
struct DOTString {
  private(set) var bytes: [UInt8] = []

  /// An empty text with room for `capacity` bytes.
  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Appends bytes as they are.
  mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  /// Appends text as it is.
  mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

  /// Appends `text` as a double-quoted DOT string.
  ///
  /// Backslashes are doubled (Graphviz would otherwise expand `\N`, `\G`, `\E`, `\T`, `\L`),
  /// quotes are escaped, a line break becomes `\n` (Graphviz's centred line break), tabs and
  /// carriage returns become spaces, and other control characters, which Graphviz cannot show,
  /// are dropped. With `isLabel`, `&` is written `&amp;`, since Graphviz turns entities such as
  /// `&amp;` in labels into the characters they name.
  mutating func quoted(_ text: String, isLabel: Bool = false) {
    quoted { $0.escaped(text, isLabel: isLabel) }
  }

  /// Appends a double-quoted DOT string that `body` writes piece by piece with
  /// ``escaped(_:isLabel:)``, so long values such as tooltips are never joined into one string first.
  mutating func quoted(_ body: (inout DOTString) -> Void) {
    bytes.append(UInt8(ascii: "\""))
    body(&self)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends `text` escaped as ``quoted(_:isLabel:)`` escapes it, without the quotes.
  mutating func escaped(_ text: String, isLabel: Bool = false) {
    if isLabel {
      Self.labelEscapes.append(text, to: &bytes)
    } else {
      Self.escapes.append(text, to: &bytes)
    }
  }

  private static let escapes = EscapeTable(replacement(of:))
  private static let labelEscapes = EscapeTable { $0 == UInt8(ascii: "&") ? "&amp;" : replacement(of: $0) }

  private static func replacement(of byte: UInt8) -> String? {
    switch byte {
    case UInt8(ascii: "\\"): "\\\\"
    case UInt8(ascii: "\""): "\\\""
    case UInt8(ascii: "\n"): "\\n"
    case UInt8(ascii: "\r"), UInt8(ascii: "\t"): " "
    case 0..<0x20, 0x7F: ""
    default: nil
    }
  }

  /// `text` as a quoted DOT string.
  static func quoted(_ text: String) -> String {
    var string = DOTString()
    string.quoted(text)
    return String(decoding: string.bytes, as: UTF8.self)
  }
}
