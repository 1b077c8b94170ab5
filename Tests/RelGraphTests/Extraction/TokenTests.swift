import Testing

@testable import RelGraph

@Suite struct TokenTests {
  @Test("A token's words are compared in lower case, by bytes for ASCII and by text otherwise")
  func comparisons() {
    let tokens = Tokenizer.tokens(of: "The SEGÚN según Visited, de De")
    #expect(tokens[0].is("the") && !tokens[0].is("they") && !tokens[0].is("th") && !tokens[0].is("The"))
    #expect(tokens[1].is("según") && tokens[2].is("según") && !tokens[1].is("segun"))
    #expect(tokens[3].is("visited") && tokens[3].is(String("visited")) && !tokens[3].is(String("visit")))
    #expect(tokens[4].is(",") && tokens[4].is(oneOf: [";", ","]) && !tokens[4].is(oneOf: ["and", "y"]))
    #expect(tokens[3].hasText("Visited") && !tokens[3].hasText("visited"))
    #expect(tokens[5].isNameParticle && !tokens[6].isNameParticle)
    #expect(tokens[1].is(oneOf: ["segun", "según"]) && !tokens[1].is(oneOf: ["segun", "sgún"]))
    #expect(tokens[0].is(oneOf: ["a", "them", "the"]) && !tokens[0].is(oneOf: ["th", "them", ""]))
    let possessives = Tokenizer.tokens(of: "Iran’s Bolivia's")
    #expect(
      possessives[1].is(oneOf: ["'s", "’s"]) && possessives[3].is(oneOf: ["'s", "’s"])
        && !possessives[0].is(oneOf: ["'s", "’s"]))
    #expect(
      possessives[1].isPossessiveMark && possessives[3].isPossessiveMark && !possessives[0].isPossessiveMark
        && !possessives[2].isPossessiveMark)
  }

  @Test("Text made when asked: markup and combining accents rewritten, the bytes otherwise")
  func rewrittenText() {
    let filler = String(MarkupMask.filler)
    let text = "Ira\u{0301}n Bo\(filler)livia Chile"
    let tokens = Tokenizer.tokens(of: text)
    #expect(tokens.map(\.text) == ["Irán", "Bolivia", "Chile"])
    #expect(tokens.map(\.lower) == ["irán", "bolivia", "chile"])
    #expect(tokens[0].isRewritten && tokens[1].isRewritten && !tokens[2].isRewritten)
    #expect(tokens[0].hasText("Irán") && tokens[1].hasText("Bolivia") && tokens[0].is("irán"))
    #expect(tokens[1].classes.contains(.countryName))
  }

  @Test("ASCII words end where their letters and digits do; periods and other bytes after them follow the full rules")
  func wordBoundaries() {
    let tokens = Tokenizer.tokens(
      of: "U.S. officials met in Washington's Hall, A1b2 ok. Iran-Bolivia J. Smith café IRAN")
    #expect(
      tokens.map(\.text) == [
        "U.S.", "officials", "met", "in", "Washington", "'s", "Hall", ",", "A1b2", "ok", ".", "Iran", "-", "Bolivia",
        "J.", "Smith", "café", "IRAN",
      ])
    #expect(tokens[8].lower == "a1b2" && tokens[9].lower == "ok" && tokens[17].lower == "iran")
    #expect(tokens[11].classes.contains(.countryName) && tokens[17].classes.contains(.countryName))
    #expect(tokens[11].isCapitalized && !tokens[1].isCapitalized && tokens[1].isWord && !tokens[7].isWord)
  }

  @Test("Numbers are read from ASCII digits only")
  func numbers() {
    let tokens = Tokenizer.tokens(of: "2023 07 20th ٢٠٢٣ 1234567890123456789")
    #expect(tokens.map(\.number) == [2023, 7, nil, nil, nil])
  }

  @Test("Names split into the runs between spaces, however many spaces lie between or around them")
  func spaceSeparatedWords() {
    #expect("Evo  Morales Ayma ".spaceSeparatedWords == ["Evo", "Morales", "Ayma"])
    #expect(" Díaz-Canel".spaceSeparatedWords == ["Díaz-Canel"])
    #expect("".spaceSeparatedWords == [] && "   ".spaceSeparatedWords == [])
    #expect("Evo  Morales Ayma ".spaceSeparatedWordCount == 3 && "".spaceSeparatedWordCount == 0)
  }

  @Test("A token takes 48 bytes: a large document holds millions of them")
  func size() {
    #expect(MemoryLayout<Token>.stride == 48)
    #expect(WordClass.lexiconCount <= Int(Int16.max))
  }
}

extension Token {
  /// ``hasText(_:)`` of the UTF-8 of `string`, as the gazetteer compares a name's words.
  fileprivate func hasText(_ string: String) -> Bool {
    var string = string
    return string.withUTF8(hasText)
  }
}
