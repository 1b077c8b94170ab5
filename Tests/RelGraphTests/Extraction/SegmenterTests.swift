import Foundation
import Testing

@testable import RelGraph

@Suite struct SegmenterTests {
  func sentences(_ text: String) throws -> [String] {
    let document = try TextDocument(name: "t.txt", text: text)
    return Segmenter.sentences(of: document).sentences.map { document.text($0.range) }
  }

  @Test("Abbreviations and initials do not end sentences")
  func abbreviations() throws {
    #expect(
      try sentences("Gen. Smith met U.S. officials on Monday. J. Doe came too. ¿Vino el Dr. Pérez? Sí.")
        == ["Gen. Smith met U.S. officials on Monday.", "J. Doe came too.", "¿Vino el Dr. Pérez?", "Sí."])
  }

  @Test("Sentences scraped without the space between them are split; abbreviations and names are not")
  func gluedSentences() throws {
    #expect(
      try sentences("The talks ended in the capital.The envoys left. Ties grew.Él llegó.")
        == ["The talks ended in the capital.", "The envoys left.", "Ties grew.", "Él llegó."])
    #expect(
      try sentences("See example.com and Main.swift in U.S.A. papers.") == [
        "See example.com and Main.swift in U.S.A. papers."
      ])
    #expect(try sentences("It was a.B test.") == ["It was a.B test."])
  }

  @Test(
    "Text is read as UTF-8: multi-byte initials, quotes and line breaks split as ASCII ones do, and so do CR and CRLF")
  func multiByteText() throws {
    #expect(
      try sentences("Á. Pérez llegó a Irán. “Sí” dijo.\u{2029}Él\u{00A0}vino. ¿É.U. o EE.UU.?\rNadie…\r\n  Ñandú.")
        == ["Á. Pérez llegó a Irán.", "“Sí” dijo.", "Él\u{00A0}vino.", "¿É.U. o EE.UU.?", "Nadie…", "Ñandú."])
  }

  @Test("Token ranges are byte offsets: each gives its token back, however many bytes its characters take")
  func tokenRanges() {
    let text = "Á. Pérez’s envoy met É.U. officials, “ayer”."
    let utf8 = Array(text.utf8)
    let tokens = Tokenizer.tokens(of: text)
    #expect(
      tokens.map(\.text) == ["Á.", "Pérez", "’s", "envoy", "met", "É.U.", "officials", ",", "“", "ayer", "”", "."])
    #expect(tokens.allSatisfy { String(decoding: utf8[$0.range], as: UTF8.self) == $0.text })
  }

  @Test("A sentence end is found wherever it falls among the eight bytes read at a time")
  func endsAtEveryOffset() throws {
    for length in 1...20 {
      let word = "W" + String(repeating: "a", count: length)
      for end in [".", "!", "?", "…"] {
        #expect(
          try sentences("\(word)\(end) Next one\(end) Last one.") == ["\(word)\(end)", "Next one\(end)", "Last one."],
          "\(length) \(end)")
      }
    }
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

  @Test("A short line cut off after a word no heading ends with is a sentence, in English and Spanish")
  func cutOffLines() throws {
    let text = """
      Chile and Peru sign a trade pact
      But, after Chile approved Peru's bid, Bolivia appeared to
      Luego de que Chile aprobó la candidatura de Perú, Bolivia se sumó a la
      """
    #expect(
      try sentences(text) == [
        "But, after Chile approved Peru's bid, Bolivia appeared to",
        "Luego de que Chile aprobó la candidatura de Perú, Bolivia se sumó a la",
      ])
  }

  @Test("A line repeated in other capitals is a repeat; a heading keeps its own text; accented capitals count")
  func repeatsInAnyCase() throws {
    let document = try TextDocument(
      name: "t.txt",
      text: """
        REVIEW OF 2019
        Iran and Chile signed a deal.
        IRAN AND CHILE SIGNED A DEAL.
        PERÚ Y BOLIVIA FIRMARON UN ACUERDO.
        Perú y Bolivia firmaron un acuerdo.
        - Ésta Es Una Lista
        """)
    let (sentences, headings) = Segmenter.sentences(of: document)
    #expect(
      sentences.map { document.text($0.range) } == [
        "Iran and Chile signed a deal.", "PERÚ Y BOLIVIA FIRMARON UN ACUERDO.",
      ])
    #expect(headings == [0: "REVIEW OF 2019", 1: "REVIEW OF 2019"])
  }

  @Test(
    "A line spelt with combining accents repeats the same line precomposed; lines that differ in an accent or a quote are kept"
  )
  func repeatsUpToCanonicalEquivalence() throws {
    let precomposed = "Perú y Bolivia firmaron un acuerdo “histórico”."
    let decomposed = "Peru\u{301} y Bolivia firmaron un acuerdo “histo\u{301}rico”."
    #expect(Array(precomposed.utf8) != Array(decomposed.utf8))
    #expect(try sentences("\(decomposed)\n\(precomposed)\n\(precomposed)").count == 1)
    #expect(
      try sentences(
        "\(precomposed)\nPeru y Bolivia firmaron un acuerdo “historico”.\n\(precomposed.replacingOccurrences(of: "“", with: "\""))"
      ).count == 3)
    // An en quad is canonically an en space, though both are punctuation-block spaces like the quotes.
    #expect(
      try sentences("Iran and Chile signed a “deal”\u{2000}today.\nIran and Chile signed a “deal”\u{2002}today.").count
        == 1)
    // A Greek question mark is canonically a semicolon.
    #expect(
      try sentences("Iran and Chile signed a deal; Peru did not.\nIran and Chile signed a deal\u{37E} Peru did not.")
        .count == 1)
  }
}
