/// DOT text under construction, as UTF-8 bytes in a buffer that grows.
struct DOTString: DOTSink {
  private(set) var bytes: [UInt8] = []

  /// An empty text with room for `capacity` bytes.
  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  mutating func append(_ other: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: other) }

  /// `text` as a quoted DOT string.
  static func quoted(_ text: String) -> String {
    var string = DOTString()
    string.quoted(text)
    return String(decoding: string.bytes, as: UTF8.self)
  }
}
