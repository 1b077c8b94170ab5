/// The stable identifier of an entity: its kind and a slug of its canonical name, such as `country:iran`.
public struct EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The identifier for an entity of `kind` named `name`: `kind:slug`.
  ///
  /// The slug keeps letters and digits, folded to lowercase without accents, and joins the
  /// words with `-`, so "La Nación" gives `organization:la-nacion`.
  public init(kind: Entity.Kind, name: String) {
    // An ASCII name, as most are, is lowercased as it is read from its bytes in place.
    var bytes = name
    let asciiID = bytes.withUTF8 { utf8 in
      utf8.allSatisfy { $0 < 0x80 }
        ? Self.id(kind, slugOf: ASCIILowercasedScalars(bytes: utf8), maximumLength: utf8.count) : nil
    }
    let id =
      asciiID
      ?? {
        let folded = NameKey.fold(name)
        return Self.id(kind, slugOf: folded.unicodeScalars, maximumLength: folded.utf8.count)
      }()
    // A name with no letter or digit still needs a stable, distinct id.
    let hasSlug = id.utf8.count > kind.rawValue.utf8.count + 1
    rawValue = hasSlug ? id : id + "u" + name.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
  }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// `kind:` and the slug of a folded name, written straight into the string's storage: the
  /// slug is never longer than the name, as each scalar is written as it is, and a run of
  /// separators as one `-`.
  private static func id(_ kind: Entity.Kind, slugOf folded: some Sequence<Unicode.Scalar>, maximumLength: Int)
    -> String
  {
    var prefix = kind.rawValue
    return String(unsafeUninitializedCapacity: prefix.utf8.count + 1 + maximumLength) { id in
      var count = 0
      func append(_ byte: UInt8) {
        id[count] = byte
        count += 1
      }
      // Copied from its bytes in place, not through the `String`'s UTF-8 view.
      prefix.withUTF8 { $0.forEach(append) }
      append(UInt8(ascii: ":"))
      let slugStart = count
      var separated = false
      for scalar in folded {
        let isLetterOrDigit =
          scalar.isASCII
          ? scalar.isWordCharacter
          : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        guard isLetterOrDigit else {
          separated = true
          continue
        }
        if separated, count > slugStart { append(UInt8(ascii: "-")) }
        separated = false
        if scalar.isASCII { append(UInt8(scalar.value)) } else { scalar.utf8.forEach(append) }
      }
      return count
    }
  }
}
