@testable import RelGraph
import Testing

@Suite struct SegmenterTests {
  func sentences(_ text: String) throws -> [String] {
    let document = try TextDocument(name: "t.txt", text: text)
    return Segmenter.sentences(of: document).sentences.map { document.text($0.range) }
  }

  @Test("Abbreviations and initials do not end sentences")
  func abbreviations() throws {
    #expect(try sentences("Gen. Smith met U.S. officials on Monday. J. Doe came too. ¿Vino el Dr. Pérez? Sí.")
      == ["Gen. Smith met U.S. officials on Monday.", "J. Doe came too.", "¿Vino el Dr. Pérez?", "Sí."])
  }

  @Test("A sentence ends after its closing quote")
  func quotes() throws {
    #expect(try sentences(#"He said "we agree." Then he left."#) == [#"He said "we agree.""#, "Then he left."])
  }

  @Test("Link lists, repeated headlines, headings and calls to comment give no sentence")
  func boilerplate() throws {
    let text = """
      Big News Headline
      Iran and Chile signed a deal.
      - Israel Vs Iran Military Power
      - Watch On Youtube
      Iran says no to talks
      Iran says no to talks
      Share your thoughts in the comments below.
      Photo: Reuters. Follow us on Twitter.
      """
    #expect(try sentences(text) == ["Iran and Chile signed a deal."])
  }
}
