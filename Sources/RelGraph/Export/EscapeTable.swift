/// What each byte becomes inside a quoted string of an output format (DOT, JSON).
///
/// Escaping hands on the runs of bytes that need no change whole and looks each byte up once,
/// which is what makes export of a million relations take a fraction of a second. Every byte a
/// format changes is ASCII, so UTF-8 sequences pass through intact.
struct EscapeTable: Sendable {
  /// Which bytes are replaced, one bit per byte; only ASCII bytes ever are.
  private let escapedBelow64: UInt64
  private let escaped64To127: UInt64
  /// For each byte value, its replacement (empty drops it); unused for bytes kept.
  private let replacements: [[UInt8]]
  /// The bytes from 0x20 up that are replaced, each repeated in all eight bytes of a word, when
  /// every control byte (below 0x20) is replaced too: text is then scanned a word at a time.
  private let wordScan: [UInt64]?

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
    let replacesControlBytes = bytes[..<0x20].allSatisfy { $0 != nil }
    wordScan = replacesControlBytes ? (0x20..<0x80).filter { bytes[$0] != nil }.map { .repeating(UInt8($0)) } : nil
  }

  /// Whether any of the eight bytes of `word` may be replaced: a control byte or one of ``wordScan``.
  private static func mayHaveEscapes(_ word: UInt64, _ escaped: [UInt64]) -> Bool {
    word.hasByte(below: 0x20) || escaped.contains { word.hasByte(repeatedIn: $0) }
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
    forEachPiece(of: text) { bytes.append(contentsOf: $0) }
  }

  /// Calls `body` with what `text` becomes, piece by piece: runs of bytes kept as they are, and
  /// the replacements of the bytes between them.
  func forEachPiece(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    // A native string lends its bytes without being copied; others are made native first.
    if text.utf8.withContiguousStorageIfAvailable({ forEachPiece(of: $0, body) }) == nil {
      var text = text
      text.withUTF8 { forEachPiece(of: $0, body) }
    }
  }

  private func forEachPiece(of utf8: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var runStart = 0
    var index = 0
    while index < utf8.count {
      // Words of eight bytes that need nothing replaced, most of any text, are skipped whole.
      if let wordScan, index + 8 <= utf8.count {
        let word = UInt64(littleEndian: UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self))
        if !Self.mayHaveEscapes(word, wordScan) {
          index += 8
          continue
        }
      }
      if isEscaped(utf8[index]) {
        body(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        replacements[Int(utf8[index])].withUnsafeBufferPointer(body)
        runStart = index + 1
      }
      index += 1
    }
    body(UnsafeBufferPointer(rebasing: utf8[runStart...]))
  }
}
