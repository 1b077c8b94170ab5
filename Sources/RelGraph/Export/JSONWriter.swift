/// Writes compact JSON into a byte buffer, escaping strings as `JSONEncoder` does.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// Where the bytes go once they fill a piece of `size`, if they are handed on as they are
  /// written rather than kept (``handOnFullPiece()``).
  private var pieces: (size: Int, handOn: (UnsafeBufferPointer<UInt8>) -> Void)?

  /// A writer whose buffer holds `capacity` bytes before it grows.
  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// A writer that hands its bytes to `handOn` whenever they fill a piece of `pieceSize` (at the
  /// end of an array's element), and keeps no more than about that many.
  init(pieceSize: Int, handOn: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    bytes.reserveCapacity(pieceSize + pieceSize / 4)
    pieces = (pieceSize, handOn)
  }

  /// Hands the bytes written so far on and lets them go, if they fill a piece.
  mutating func handOnFullPiece() {
    guard let pieces, bytes.count >= pieces.size else { return }
    handOnRest()
  }

  /// Hands every byte written so far on and lets them go; the end of a writer with pieces.
  mutating func handOnRest() {
    guard let pieces else { return }
    bytes.withUnsafeBufferPointer(pieces.handOn)
    bytes.removeAll(keepingCapacity: true)
  }

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
    if value.rounded() == value, abs(value) < 1e15 { integer(Int(value)) } else { raw(String(value)) }
  }

  /// An integer, its digits written straight into the buffer: a graph's file has two offsets
  /// per piece of evidence.
  mutating func integer(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

  /// An array, each of `values` written by `element`; a full piece is handed on after each.
  mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      element(&self, value)
      handOnFullPiece()
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

    /// Writes the field `key`, whose key sorts after those written before it. The key is
    /// written as it is: a name in the program, it has nothing to escape.
    @inline(__always)  // so that its callers' closures, and what they capture, inline too
    mutating func field(_ key: StaticString, _ value: (inout JSONWriter) -> Void) {
      // Most objects have no extra fields, and their keys are never made into strings.
      if !extras.isEmpty { writeExtras(before: key.description) }
      separate()
      writer.bytes.append(UInt8(ascii: "\""))
      key.withUTF8Buffer { writer.bytes.append(contentsOf: $0) }
      writer.bytes.append(UInt8(ascii: "\""))
      writer.bytes.append(UInt8(ascii: ":"))
      value(&writer)
    }

    /// Writes the extra fields whose keys sort before `key` (all of them for `nil`).
    fileprivate mutating func writeExtras(before key: String?) {
      while let extra = extras.first, key.map({ extra.key < $0 }) ?? true {
        separate()
        writer.string(extra.key)
        writer.bytes.append(UInt8(ascii: ":"))
        writer.string(extra.value)
        extras.removeFirst()
      }
    }

    /// Writes the comma before every field but the first.
    private mutating func separate() {
      if !isEmpty { writer.bytes.append(UInt8(ascii: ",")) }
      isEmpty = false
    }
  }
}
