/// DOT text under construction, as UTF-8 bytes, with the quoting every name goes through.
///
/// Every ID and attribute value relgraph writes goes through ``quoted(_:)``, so no name can be
/// read as a keyword, a number, a port (`a:b`), HTML (`<b>x</b>`) or a Graphviz escape (`\N`).
/// Quoting works on bytes: the characters it changes are all ASCII, so UTF-8 passes through whole.
struct DOTString {
  private(set) var bytes: [UInt8] = []

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
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
      case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
      case UInt8(ascii: "\n"): bytes.append(contentsOf: [92, UInt8(ascii: "n")])
      case UInt8(ascii: "\r"), UInt8(ascii: "\t"): bytes.append(UInt8(ascii: " "))
      case UInt8(ascii: "&") where isLabel: bytes.append(contentsOf: "&amp;".utf8)
      case 0..<0x20, 0x7F: continue
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `text` as a quoted DOT string.
  static func quoted(_ text: String) -> String {
    var string = DOTString()
    string.quoted(text)
    return String(decoding: string.bytes, as: UTF8.self)
  }
}
