import Testing

@testable import RelGraph

@Suite struct GazetteerTests {
  private func person(_ name: String) -> Gazetteer.Entry { Gazetteer.Entry(canonical: name, kind: .person) }

  @Test("The longest name wins; a name added again takes its new entry; every word must match")
  func longestNameAndReplacement() {
    var gazetteer = Gazetteer()
    gazetteer.add("Evo", person("Evo"))
    gazetteer.add("Evo Morales Ayma", person("Evo Morales Ayma"))
    gazetteer.add("Evo Morales", person("first"))
    gazetteer.add("Evo Morales", person("Evo Morales"))
    let tokens = Tokenizer.tokens(of: "Evo Morales Ayma met Evo Morales and Evo Moralez, then Evo")
    #expect(
      gazetteer.match(tokens, at: 0).map { [$0.entry.canonical, "\($0.length)"] } == ["Evo Morales Ayma", "3"])
    #expect(gazetteer.match(tokens, at: 4).map { [$0.entry.canonical, "\($0.length)"] } == ["Evo Morales", "2"])
    #expect(gazetteer.match(tokens, at: 7).map { [$0.entry.canonical, "\($0.length)"] } == ["Evo", "1"])
    #expect(gazetteer.match(tokens, at: 11).map { [$0.entry.canonical, "\($0.length)"] } == ["Evo", "1"])
    #expect(gazetteer.match(tokens, at: 1) == nil)
  }

  @Test("Words written with combining accents match the composed name")
  func composedWords() {
    var gazetteer = Gazetteer()
    gazetteer.add("Luis Gómez Catacora", person("Luis Gómez Catacora"))
    gazetteer.add("María Nela Prada", person("María Nela Prada"))
    let tokens = Tokenizer.tokens(of: "Mari\u{0301}a Nela Prada and Luis Go\u{0301}mez Catacora")
    #expect(gazetteer.match(tokens, at: 0)?.entry.canonical == "María Nela Prada")
    #expect(gazetteer.match(tokens, at: 4)?.length == 3)
    gazetteer.add("E\u{0301}dgar Go\u{0301}mez", person("Édgar Gómez"))
    #expect(gazetteer.match(Tokenizer.tokens(of: "Édgar Gómez"), at: 0)?.length == 2)
  }

  @Test("Country names match with their words after the first in lower case, never the first")
  func lowerCasedTails() {
    let tokens = Tokenizer.tokens(of: "the Marshall islands and the solomon Islands")
    #expect(Gazetteer.countries.match(tokens, at: 1)?.entry.canonical == "Marshall Islands")
    #expect(Gazetteer.countries.match(tokens, at: 1)?.length == 2)
    #expect(Gazetteer.countries.match(tokens, at: 5) == nil)
  }

  @Test("States of limited recognition that ISO 3166-1 leaves out are countries")
  func limitedRecognition() {
    for (name, canonical) in [("Kosovo", "Kosovo"), ("Pristina", "Kosovo"), ("Somaliland", "Somaliland")] {
      #expect(Gazetteer.countries.entry(named: name)?.canonical == canonical, "\(name)")
    }
  }

  @Test("Names and capitals match without their accents too; common demonyms countryinfo lacks match")
  func unaccented() {
    for (name, canonical) in [
      ("Brasilia", "Brazil"), ("Bogota", "Colombia"), ("Asuncion", "Paraguay"), ("Saudi", "Saudi Arabia"),
      ("Uzbek", "Uzbekistan"),
    ] {
      #expect(Gazetteer.countries.entry(named: name)?.canonical == canonical, "\(name)")
    }
  }

  @Test("Countries have their Spanish and Portuguese names")
  func translatedNames() {
    for (name, canonical) in [
      ("Sudáfrica", "South Africa"), ("África do Sul", "South Africa"), ("Corea del Sur", "South Korea"),
    ] {
      #expect(Gazetteer.countries.entry(named: name)?.canonical == canonical)
    }
  }
}
