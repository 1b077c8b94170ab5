import Testing

@testable import RelGraph

@Suite struct WordClassTests {
  @Test("Every word of every rule list has its class, and a word in no list has none")
  func everyListedWord() {
    for (wordClass, words) in WordClass.members {
      for word in words {
        #expect(WordClass(of: word).contains(wordClass), "\(word)")
      }
    }
    #expect(WordClass(of: "table") == [])
    #expect(WordClass(of: "visited") == WordClass(.visit))
  }

  @Test("A token's classes come from its lower-case form, ASCII or not, capitalised or not")
  func tokensOfAnyCase() {
    let tokens = Tokenizer.tokens(of: "Visited VISITÓ visitó Tehran tehran, the")
    #expect(tokens.map(\.lower) == ["visited", "visitó", "visitó", "tehran", "tehran", ",", "the"])
    #expect(tokens[0...2].allSatisfy { $0.classes == WordClass(.visit) })
    #expect(tokens[3].classes.contains(.countryName) && tokens[4].classes.contains(.countryName))
    #expect(tokens[5].classes == [])
    #expect(tokens[6].classes.contains(.nameStopWord) && tokens[6].classes.contains(.nonHeadStart))
  }

  @Test("A lexicon table finds the value of a token's lower-case word, ASCII or not, and nothing for a word it lacks")
  func lexiconTable() {
    let table = LexiconTable(["presidents": "President", "líderes": "leader", "the": "article"])
    let tokens = Tokenizer.tokens(of: "Presidents LÍDERES the THE visited table líder")
    #expect(tokens.map { table[$0] } == ["President", "leader", "article", "article", nil, nil, nil])
    #expect(tokens[4].lexiconNumber != nil && tokens[5].lexiconNumber == nil)
  }
}
