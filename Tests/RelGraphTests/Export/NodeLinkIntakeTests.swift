import Foundation
import Testing

@testable import RelGraph

@Suite struct NodeLinkIntakeTests {
  static let node = #"{"id": "a", "kind": "country"}, {"id": "b", "kind": "country"}"#

  /// The error decoding `json` gives, as text; `nil` if it decodes.
  static func failure(_ json: String) -> String? {
    do {
      _ = try NodeLinkJSON.decode(Data(json.utf8))
      return nil
    } catch {
      return error.description
    }
  }

  @Test("Nesting past the limit is an error, not a crash, however deep the file")
  func deepNesting() {
    let deep =
      #"{"nodes": [], "graph": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
      + "}"
    #expect(Self.failure(deep)?.contains("more than \(JSONScanner.maximumDepth) nested arrays and objects") == true)
    let fine =
      #"{"nodes": [], "graph": "# + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "}"
    #expect(Self.failure(fine) == nil)
  }

  @Test(
    "Offsets out of range, a confidence outside 0 to 1 and an end before the start are refused with where they are",
    arguments: [
      (#""start": 0, "end": 1e30"#, "a whole number from 0 to 2^53"),
      (#""start": -3, "end": 4"#, "a whole number from 0 to 2^53"),
      (#""start": 1.5, "end": 4"#, "a whole number from 0 to 2^53"),
      (#""start": 9, "end": 4"#, "before its start"),
    ])
  func evidenceOffsets(offsets: String, problem: String) {
    let json =
      #"{"nodes": [\#(Self.node)], "edges": [{"source": "a", "target": "b", "kind": "met", "evidence": [{"document": "d", "sentence": "s", \#(offsets)}]}]}"#
    let failure = Self.failure(json)
    #expect(failure?.contains(problem) == true, "\(String(describing: failure))")
  }

  @Test("A confidence must be a number from 0 to 1", arguments: ["1e400", "1.5", "-0.1"])
  func confidence(value: String) {
    let json =
      #"{"nodes": [\#(Self.node)], "edges": [{"source": "a", "target": "b", "kind": "met", "confidence": \#(value)}]}"#
    #expect(Self.failure(json)?.contains("a number from 0 to 1 at byte") == true)
  }

  @Test("Two nodes with one id are refused")
  func duplicateIDs() {
    let json = #"{"nodes": [{"id": "a", "kind": "country"}, {"id": "a", "kind": "person"}], "edges": []}"#
    #expect(Self.failure(json)?.contains("duplicate node id 'a' at nodes[1]") == true)
  }

  @Test(
    "Unknown escapes and lone surrogates are refused with their byte; a surrogate pair is one character",
    arguments: [
      (#"A\q"#, "expected an escape"),
      (#"A\ud800"#, "expected a low surrogate"),
      (#"A\ud800\u0041"#, "expected a low surrogate"),
      (#"A\udc00"#, "not a lone surrogate"),
    ])
  func escapes(name: String, problem: String) {
    let json = #"{"nodes": [{"id": "a", "name": "\#(name)", "kind": "country"}], "edges": []}"#
    let failure = Self.failure(json)
    #expect(
      failure?.contains(problem) == true && failure?.contains("at byte") == true, "\(String(describing: failure))")
  }

  @Test("A surrogate pair escapes one character")
  func surrogatePair() throws {
    let json = #"{"nodes": [{"id": "a", "name": "A\ud83c\udf0d", "kind": "country"}], "edges": []}"#
    #expect(try NodeLinkJSON.decode(Data(json.utf8)).entities["a"]?.name == "A🌍")
  }

  @Test("A high surrogate followed by another high one is refused (a fuzzing finding: it trapped)")
  func fuzzedSurrogates() {
    let bytes: [UInt8] = Array(#"{"e"#.utf8) + [0xFF, 0xFF, 0xFF, 0x0F] + Array(#"\udbde\udbbbn9,typevt"::l"#.utf8)
    #expect(throws: GraphError.self) { try NodeLinkJSON.decode(Data(bytes)) }
    let valid = #"{"nodes": [{"id": "a", "name": "\udbde\udbbb", "kind": "country"}], "edges": []}"#
    #expect(Self.failure(valid)?.contains("expected a low surrogate") == true)
  }
}
