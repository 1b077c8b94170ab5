import Testing

@testable import RelGraph

@Suite struct LexiconTests {
  @Test("Files merge by entry; phrases keep their words, value and file; a new language is a new file")
  func merging() throws {
    let lexicon = try Lexicon(files: [
      ("en.lexicon", "# English\n[visit]\nvisited\nstate visit\n[title]\nprime minister = Prime Minister\n"),
      ("fr.lexicon", "[visit]\nvisité\nvisited\n[title]\npremier ministre = Prime Minister\n"),
    ])
    #expect(lexicon.phrases(.visit).map(\.words) == [["visited"], ["state", "visit"], ["visité"]])
    #expect(lexicon.phrases(.title).map(\.value) == ["Prime Minister", "Prime Minister"])
    #expect(lexicon.phrases(.visit)[2].file == "fr.lexicon")
    #expect(lexicon.words(.visit) == ["visited", "visité"])
  }

  @Test("Phrases split as the tokenizer splits text")
  func tokenizedPhrases() throws {
    let lexicon = try Lexicon(files: [("en.lexicon", "[title]\nchargé d'affaires = Chargé d'Affaires\n")])
    #expect(lexicon.phrases(.title)[0].words == Tokenizer.tokens(of: "chargé d'affaires").map(\.lower))
  }

  @Test(
    "An unknown entry, a word before any entry, or a word in capitals is refused with its file and line",
    arguments: [
      ("[visits]\nvisited\n", "en.lexicon:1: unknown lexicon entry [visits]"),
      ("visited\n", "en.lexicon:1: a word before any [entry]"),
      ("# c\n[visit]\nVisited\n", "en.lexicon:3: 'Visited' is not in lower case"),
    ])
  func refusesBadLines(text: String, message: String) {
    do {
      _ = try Lexicon(files: [("en.lexicon", text)])
      Issue.record("accepted: \(text)")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("A phrase only the Spanish file has drives extraction, and the relation names it")
  func spanishOnlyEntry() throws {
    let phrase = try #require(
      Lexicon.shared.phrases(.opposition).first { $0.words == ["rompió", "relaciones", "con"] })
    #expect(phrase.file == "es.lexicon")
    #expect(!Lexicon.shared.phrases(.opposition).contains { $0.file != "es.lexicon" && $0.words.first == "rompió" })
    let graph = try Fixtures.graph("Panamá rompió relaciones con Venezuela en 2024.")
    let relation = try #require(graph.relations.first { $0.kind == .opposes })
    #expect(relation.attributes["trigger"] == "rompió relaciones con (opposition, es.lexicon)")
  }

  @Test("The shipped lexicon names every entry's words in lower case and fits the word classes")
  func shipped() {
    #expect(LexiconEntry.allCases.count + 2 <= WordClass.RawValue.bitWidth)
    for entry in LexiconEntry.allCases {
      for phrase in Lexicon.shared.phrases(entry) { #expect(phrase.words.allSatisfy { $0 == $0.lowercased() }) }
    }
  }

  @Test("Demonyms of the lexicon name their country, in each gender and number")
  func demonyms() {
    for name in ["hondureño", "Hondureña", "hondureños", "salvadoreñas"] {
      #expect(Gazetteer.countries.entry(named: name) != nil, "\(name)")
    }
    #expect(Gazetteer.countries.entry(named: "hondureños")?.isPlural == true)
    #expect(Gazetteer.countries.entry(named: "hondureña")?.canonical == "Honduras")
  }
}
