/// What each byte becomes inside a quoted string of an output format (DOT, JSON).
///
/// Escaping copies the runs of bytes that need no change whole and looks each byte up once,
/// which is what makes export of a million relations take a fraction of a second. Every byte a
/// format changes is ASCII, so UTF-8 sequences pass through intact.
struct EscapeTable: Sendable {
  /// Which bytes are replaced, one bit per byte; only ASCII bytes ever are.
  private let escapedBelow64: UInt64
  private let escaped64To127: UInt64
  /// For each byte value, its replacement (empty drops it); unused for bytes kept.
  private let replacements: [[UInt8]]

  /// A table from `replacement`, which returns what a byte becomes, or `nil` to keep it as it is.
  init(_ replacement: (UInt8) -> String?) {
    let bytes = (0...255).map { replacement(UInt8($0)) }
    precondition(bytes[128...].allSatisfy { $0 == nil }, "only ASCII bytes can be escaped: UTF-8 must pass through")
    func mask(_ range: Range<Int>) -> UInt64 {
      range.reduce(0) { mask, byte in bytes[byte] == nil ? mask : mask | 1 << UInt64(byte - range.lowerBound) }
    }
    escapedBelow64 = mask(0..<64)
    escaped64To127 = mask(64..<128)
    replacements = bytes.map { Array(($0 ?? "").utf8) }
  }

  private func isEscaped(_ byte: UInt8) -> Bool {
    switch byte {
    case 0..<64: escapedBelow64 >> UInt64(byte) & 1 != 0
    case 64..<128: escaped64To127 >> UInt64(byte - 64) & 1 != 0
    default: false
    }
  }

  /// Appends `text` to `bytes` with every byte the table replaces replaced.
  func append(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      var runStart = 0
      for index in utf8.indices where isEscaped(utf8[index]) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        bytes.append(contentsOf: replacements[Int(utf8[index])])
        runStart = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
  }
}
