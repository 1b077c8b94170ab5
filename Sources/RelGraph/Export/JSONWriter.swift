/// Writes compact JSON into a byte buffer, escaping strings as `JSONEncoder` does.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []

  mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    Self.escapes.append(text, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// JSON's escapes: quote, backslash and the control characters, by name where JSON has one.
  private static let escapes = EscapeTable { byte in
    switch byte {
    case UInt8(ascii: "\""): "\\\""
    case UInt8(ascii: "\\"): "\\\\"
    case UInt8(ascii: "\n"): "\\n"
    case UInt8(ascii: "\r"): "\\r"
    case UInt8(ascii: "\t"): "\\t"
    case 0..<0x10: "\\u000" + String(byte, radix: 16)
    case 0x10..<0x20: "\\u00" + String(byte, radix: 16)
    default: nil
    }
  }

  /// A number: integral values without a fraction ("1", "42"), others as Swift prints them ("0.9").
  mutating func number(_ value: Double) {
    if value.rounded() == value, abs(value) < 1e15 { raw(String(Int64(value))) } else { raw(String(value)) }
  }

  mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

  mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      element(&self, value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// An object with the fields in the order given.
  mutating func object(_ fields: [(String, (inout JSONWriter) -> Void)]) {
    bytes.append(UInt8(ascii: "{"))
    for (index, (key, value)) in fields.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(key)
      bytes.append(UInt8(ascii: ":"))
      value(&self)
    }
    bytes.append(UInt8(ascii: "}"))
  }
}
