import Foundation

/// The JSON the query commands print: pretty, with sorted keys, ending with a newline.
enum JSONOutput {
  static func encode(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(value) + Data("\n".utf8)
  }
}
