import Testing

@testable import RelGraph

@Suite struct InputTests {
  @Test("Empty and blank documents are refused")
  func empty() {
    #expect(throws: InputError.empty) { try TextDocument(name: "a.txt", text: "") }
    #expect(throws: InputError.empty) { try TextDocument(name: "a.txt", text: " \n\t\n") }
  }

  @Test(
    "Invalid UTF-8 is refused with the offset of the first bad byte",
    arguments: [
      ([0x61, 0x62, 0x63, 0xC3, 0x28], 3),  // a lead byte followed by ASCII
      ([0x63, 0x61, 0x66, 0xE9, 0x20], 3),  // Latin-1 "é"
      ([0x63, 0x61, 0x66, 0xC3], 3),  // cut short at the end
      ([0xC3, 0xA9, 0xC0, 0xAF], 2),  // after a valid "é", an overlong "/"
      ([0xF0, 0x9F, 0x98, 0x80, 0x61, 0xED, 0xA0, 0x80], 5),  // after an emoji and "a", a surrogate
      ([0x61, 0x80], 1),  // a continuation byte alone
    ] as [([UInt8], Int)])
  func invalidUTF8(bytes: [UInt8], offset: Int) {
    #expect(throws: InputError.invalidUTF8(offset: offset)) { try TextDocument(name: "a.txt", bytes: bytes) }
  }

  @Test("Valid UTF-8 of every width is kept as it is, and every scalar's byte offset gives its scalar offset")
  func validUTF8() throws {
    let opening = "Niño “café” ☕️ 𝄞 Irán — 北京 \u{1F1EE}\u{1F1F7} "
    // Past the first block of offsets the document counts, and ending where a block would start.
    let text =
      opening + String(repeating: "é", count: 900) + String(repeating: "a", count: 2048 - opening.utf8.count - 1800)
    #expect(text.utf8.count == 2048)
    let document = try TextDocument(name: "a.txt", text: text)
    #expect(Array(document.utf8) == Array(text.utf8))
    var byteOffset = 0
    var mismatches: [Int] = []
    for (scalarOffset, scalar) in text.unicodeScalars.enumerated() {
      if document.scalarOffset(byteOffset) != scalarOffset { mismatches.append(scalarOffset) }
      byteOffset += UTF8.width(scalar)
    }
    #expect(mismatches.isEmpty)
    #expect(document.scalarOffset(byteOffset) == text.unicodeScalars.count)
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
