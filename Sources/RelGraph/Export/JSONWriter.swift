/// Writes compact JSON into a byte buffer, escaping strings as `JSONEncoder` does.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []

  /// A writer whose buffer holds `capacity` bytes before it grows.
  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

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

  /// An object with sorted keys: `body` writes its fields in key order (``Object/field(_:_:)``),
  /// and the string fields `extras`, sorted here, are merged in where their keys sort.
  ///
  /// The fields are written as they come, with no list of closures to build and sort: a graph's
  /// file has an object per entity, relation and piece of evidence.
  mutating func object(extras: [String: String] = [:], _ body: (inout Object) -> Void) {
    var object = Object(writer: self, extras: extras.sorted { $0.key < $1.key }[...])
    self = JSONWriter()  // the bytes move into `object` and back, uncopied
    object.writer.bytes.append(UInt8(ascii: "{"))
    body(&object)
    object.writeExtras(before: nil)
    object.writer.bytes.append(UInt8(ascii: "}"))
    self = object.writer
  }

  /// The fields of an object being written, in key order.
  struct Object {
    fileprivate var writer: JSONWriter
    fileprivate var extras: ArraySlice<(key: String, value: String)>
    private var isEmpty = true

    fileprivate init(writer: JSONWriter, extras: ArraySlice<(key: String, value: String)>) {
      self.writer = writer
      self.extras = extras
    }

    /// Writes the field `key`, whose key sorts after those written before it.
    mutating func field(_ key: String, _ value: (inout JSONWriter) -> Void) {
      writeExtras(before: key)
      writeKey(key)
      value(&writer)
    }

    /// Writes the extra fields whose keys sort before `key` (all of them for `nil`).
    fileprivate mutating func writeExtras(before key: String?) {
      while let extra = extras.first, key.map({ extra.key < $0 }) ?? true {
        writeKey(extra.key)
        writer.string(extra.value)
        extras.removeFirst()
      }
    }

    private mutating func writeKey(_ key: String) {
      if !isEmpty { writer.bytes.append(UInt8(ascii: ",")) }
      isEmpty = false
      writer.string(key)
      writer.bytes.append(UInt8(ascii: ":"))
    }
  }
}
