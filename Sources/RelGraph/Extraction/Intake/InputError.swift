/// Why a document could not be read as text.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file holds no text, or only white space.
  case empty
  /// The bytes are not UTF-8; `offset` is the first bad byte.
  case invalidUTF8(offset: Int)
  /// The file holds NUL bytes, as binary files do.
  case binary

  public var description: String {
    switch self {
    case .empty: "the document is empty"
    case .invalidUTF8(let offset): "the document is not valid UTF-8 (first bad byte at offset \(offset))"
    case .binary: "the document looks binary (it contains NUL bytes), not text"
    }
  }
}
