import Testing

@testable import RelGraph

@Suite struct EscapeTableTests {
  /// DOT label escapes: replaced, dropped and kept bytes above and below 0x20.
  static func replacement(of byte: UInt8) -> String? {
    switch byte {
    case UInt8(ascii: "\""): "\\\""
    case UInt8(ascii: "\\"): "\\\\"
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "\n"): "\\n"
    case 0..<0x20, 0x7F: ""
    default: nil
    }
  }

  /// What escaping byte by byte gives.
  static func escapedByteByByte(_ text: String) -> [UInt8] {
    text.utf8.flatMap { byte in replacement(of: byte).map { Array($0.utf8) } ?? [byte] }
  }

  @Test(
    "Escaping skips words of eight bytes yet gives what escaping byte by byte gives, wherever the escaped bytes fall")
  func wordAtATime() {
    let table = EscapeTable(Self.replacement(of:))
    let specials = ["\"", "\\", "&", "\n", "\u{1}", "\u{1F}", "\u{7F}", "é", "“", " "]
    for length in 0...24 {
      for position in 0...length {
        for special in specials {
          let plain = String(repeating: "abcdefgh", count: 4).prefix(length)
          let text = String(plain.prefix(position) + special + plain.dropFirst(position) + special)
          var escaped: [UInt8] = []
          table.append(text, to: &escaped)
          #expect(escaped == Self.escapedByteByByte(text), "\(text.debugDescription)")
        }
      }
    }
  }
}
