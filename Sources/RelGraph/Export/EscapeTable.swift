/// What each byte becomes inside a quoted string of an output format (DOT, JSON).
///
/// Escaping copies the runs of bytes that need no change whole and looks each byte up once,
/// which is what makes export of a million relations take a fraction of a second. Every byte a
/// format changes is ASCII, so UTF-8 sequences pass through intact.
struct EscapeTable: Sendable {
  /// For each byte value, whether it is replaced.
  private let isEscaped: [Bool]
  /// For each byte value, its replacement (empty drops it); unused where `isEscaped` is false.
  private let replacements: [[UInt8]]

  /// A table from `replacement`, which returns what a byte becomes, or `nil` to keep it as it is.
  init(_ replacement: (UInt8) -> String?) {
    let bytes = (0...255).map { replacement(UInt8($0)) }
    isEscaped = bytes.map { $0 != nil }
    replacements = bytes.map { Array(($0 ?? "").utf8) }
  }

  /// Appends `text` to `bytes` with every byte the table replaces replaced.
  func append(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      isEscaped.withUnsafeBufferPointer { isEscaped in
        var runStart = 0
        for index in utf8.indices where isEscaped[Int(utf8[index])] {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
          bytes.append(contentsOf: replacements[Int(utf8[index])])
          runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
      }
    }
  }
}
