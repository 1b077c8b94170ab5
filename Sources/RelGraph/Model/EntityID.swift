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
    self.rawValue = "\(kind.rawValue):\(Self.slug(name))"
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

  static func slug(_ name: String) -> String {
    // Built as UTF-8 bytes: appending scalars to a `String` one by one was most of the cost of
    // making an entity.
    var slug: [UInt8] = []
    var separated = false
    for scalar in NameKey.fold(name).unicodeScalars {
      let isLetterOrDigit = scalar.isASCII
        ? scalar.isWordCharacter
        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      guard isLetterOrDigit else {
        separated = true
        continue
      }
      if separated, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
      separated = false
      if scalar.isASCII { slug.append(UInt8(scalar.value)) } else { slug.append(contentsOf: scalar.utf8) }
    }
    if slug.isEmpty {
      // A name with no letter or digit still needs a stable, distinct id.
      return "u" + name.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }
    return String(decoding: slug, as: UTF8.self)
  }
}
