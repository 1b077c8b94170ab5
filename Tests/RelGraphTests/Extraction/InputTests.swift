@testable import RelGraph
import Testing

@Suite struct InputTests {
  @Test("Empty and blank documents are refused")
  func empty() {
    #expect(throws: InputError.empty) { try TextDocument(name: "a.txt", text: "") }
    #expect(throws: InputError.empty) { try TextDocument(name: "a.txt", text: " \n\t\n") }
  }

  @Test("Invalid UTF-8 is refused with the offset of the first bad byte")
  func invalidUTF8() {
    #expect(throws: InputError.invalidUTF8(offset: 3)) { try TextDocument(name: "a.txt", bytes: [0x61, 0x62, 0x63, 0xC3, 0x28]) }
  }

  @Test("Binary files are refused")
  func binary() {
    #expect(throws: InputError.binary) { try TextDocument(name: "a.bin", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) }
  }

  @Test("Evidence offsets count Unicode scalars: the text between them is the sentence")
  func offsets() throws {
    let text = "Niño “café” ☕️. Iran’s Foreign Minister Ali Bagheri visited Bolivia in 2024. Done."
    let graph = try Fixtures.graph(text)
    let visit = try #require(graph.relations.first { $0.kind == .visited })
    let evidence = try #require(visit.evidence.first)
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[evidence.start..<evidence.end])
    #expect(String(view) == evidence.sentence)
    #expect(evidence.sentence == "Iran’s Foreign Minister Ali Bagheri visited Bolivia in 2024.")
  }
}
