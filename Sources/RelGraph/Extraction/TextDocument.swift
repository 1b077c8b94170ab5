/// The text of one article, checked and ready to segment.
public struct TextDocument: Sendable {
  /// The name evidence will cite, usually the file name.
  public var name: String
  /// The text as Unicode scalars; evidence offsets index this array.
  let scalars: [Unicode.Scalar]

  /// Checks that `bytes` are non-empty UTF-8 text and keeps them.
  ///
  /// - Throws: ``InputError`` for empty, binary (NUL bytes) or invalid UTF-8 input.
  public init(name: String, bytes: some Collection<UInt8>) throws(InputError) {
    if bytes.contains(0) { throw .binary }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        scalars.append(scalar)
        offset += UTF8.width(scalar)
      case .emptyInput: break decoding
      case .error: throw .invalidUTF8(offset: offset)
      }
    }
    if scalars.first == "\u{FEFF}" { scalars[0] = " " }  // a byte-order mark is not text; keep offsets
    guard scalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
    self.name = name
    self.scalars = scalars
  }

  /// Creates a document from text already in memory.
  public init(name: String, text: String) throws(InputError) {
    try self.init(name: name, bytes: Array(text.utf8))
  }

  /// The text between two scalar offsets.
  func text(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }
}
