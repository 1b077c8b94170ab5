import Testing

@testable import RelGraph

@Suite struct MarkupTests {
  let html = """
    <!DOCTYPE html><html><head><title>Site</title><script>var Israel = "Iran";</script></head>
    <body><nav><a href="/x">Israel Vs Iran</a></nav>
    <article><h1>Talks</h1><p>Peruvian President <b>Dina Boluarte</b> visited La Naci&oacute;n&#8217;s home, <i>Chile</i>.</p></article>
    <footer>Follow us on Twitter. Mexico</footer></body></html>
    """

  @Test("HTML loses its tags, scripts, navigation and footer; offsets still point into the file")
  func htmlIntake() throws {
    let document = try TextDocument(name: "page.html", text: html)
    let graph = Extractor().extract(document)
    #expect(graph.names(of: .country) == ["Peru", "Chile"])
    let relation = try #require(graph.relations.first { $0.kind == .visited })
    let evidence = try #require(relation.evidence.first)
    #expect(evidence.sentence == "Peruvian President Dina Boluarte visited La Nación’s home, Chile .")
    let original = Array(html.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: original[evidence.start..<evidence.end])
    // The entities before the end are one scalar each in the text read, and several in the file.
    #expect(
      String(view) == "Peruvian President <b>Dina Boluarte</b> visited La Naci&oacute;n&#8217;s home, <i>Chile</i>.")
  }

  @Test("Text that opens with <html> is read as HTML whatever its name")
  func htmlSniffing() throws {
    let graph = Extractor().extract(try TextDocument(name: "page.txt", text: html))
    #expect(!graph.names(of: .country).contains("Israel"))
  }

  @Test("Markdown loses emphasis, link targets and heading marks, not the words")
  func markdownIntake() throws {
    let text = """
      # Ties between **Cuba** and Venezuela
      Venezuelan President [Nicolás Maduro](https://example.org/maduro) *visited* Havana in 2023.
      ![Photo of Caracas](caracas.jpg)
      """
    let graph = Extractor().extract(try TextDocument(name: "note.md", text: text))
    #expect(graph.has("Nicolás Maduro", .visited, "Cuba"))
    #expect(graph.relations.allSatisfy { !$0.evidence[0].sentence.contains("https") })
  }

  @Test("Decomposed accents are composed before matching")
  func nfc() throws {
    let graph = try Fixtures.graph("El gobierno de Ira\u{0301}n firmo\u{0301} con Bolivia un acuerdo de defensa.")
    #expect(graph.names(of: .country) == ["Iran", "Bolivia"])
  }

  @Test("A markup-only document is empty")
  func markupOnly() {
    #expect(throws: InputError.empty) { try TextDocument(name: "a.html", text: "<html><script>x</script></html>") }
  }

  @Test("Markdown code blocks are no article text; an unclosed one runs to the end")
  func codeBlocks() throws {
    let text =
      "Chile and Peru met.\n\n```\nChile sold drones to Bolivia.\n```\n\n  ~~~swift\nPeru sold tanks to Chile.\n"
    let document = try TextDocument(name: "notes.md", text: text)
    let graph = Extractor().extract(document)
    #expect(!graph.relations.contains { $0.kind == .supplies })
    #expect(MarkupMask.fencedCode(in: Array(text.unicodeScalars)).count == 2)
  }
}
