import Testing

@testable import RelGraph

@Suite struct NameBoundaryTests {
  @Test("A known office holder's name runs on through a word that would end another name")
  func knownNameThroughStopWord() throws {
    let knowledge = try OfficeHolders(tsv: "Peru\tLuis Ana La\tPresident\t2020\t\t\n", source: "test")
    let text = "Chilean President Ana Ruiz met Peruvian President Luis Ana La in Lima."
    let graph = Extractor(knowledge: knowledge).extract(try TextDocument(name: "t.txt", text: text))
    #expect(graph.names(of: .person).contains("Luis Ana La"))
  }

  @Test("A name holding an organization's head noun is a body, not a person")
  func companyIsNoPerson() throws {
    let graph = try Fixtures.graph("The tanker is run by Mary Ship Management, a unit of a Greek firm.")
    #expect(!graph.names(of: .person).contains { $0.hasPrefix("Mary") })
  }

  @Test("A title inside a run of capitals ends a body's name; the title names the office")
  func titleEndsBody() throws {
    let graph = try Fixtures.graph("Ana Ruiz, a Chilean Member of the European Parliament, spoke.")
    #expect(!graph.names(of: .organization).contains { $0.contains("Member") })
    #expect(graph.names(of: .organization).contains("European Parliament"))
  }

  @Test("A rank introduces a person and is no part of the name, in English and Spanish")
  func rankedPeople() throws {
    let english = try Fixtures.graph("Captain Ana Ruiz and General Luis Soto Vega spoke.")
    #expect(english.names(of: .person) == ["Ana Ruiz", "Luis Soto Vega"])
    let spanish = try Fixtures.graph("El coronel Pedro Díaz Luna habló con la prensa.")
    #expect(spanish.names(of: .person) == ["Pedro Díaz Luna"])
    #expect(try Fixtures.graph("The General Assembly voted.").names(of: .person).isEmpty)
  }

  @Test("A family name that comes first is the short form: 'Li Qiang' goes by Li, not Qiang")
  func familyNameFirst() throws {
    #expect(PersonDirectory.shortForms(of: "Li Qiang") == ["Li"])
    #expect(PersonDirectory.shortForms(of: "Evo Morales") == ["Morales"])
    let graph = try Fixtures.graph("Chinese Premier Li Qiang met Chilean President Ana Ruiz. Li praised the talks.")
    #expect(graph.entities.values.first { $0.name == "Li Qiang" }?.aliases.contains("Li") == true)
  }

  @Test("Two words of which only the second is a given name put the family name first; alone, it is that person")
  func familyNameFirstByGivenName() throws {
    #expect(PersonDirectory.shortForms(of: "Tanabe Hiroshi") == ["Tanabe"])
    #expect(PersonDirectory.shortForms(of: "Hiroshi Tanabe") == ["Tanabe"])
    let graph = try Fixtures.graph(
      "Japanese Trade Minister Tanabe Hiroshi visited Chile. Tanabe signed a trade accord with Chile in Santiago.")
    #expect(graph.names(of: .person) == ["Tanabe Hiroshi"])
    #expect(graph.entities.values.first { $0.name == "Tanabe Hiroshi" }?.aliases.contains("Tanabe") == true)
    let western = try Fixtures.graph("Chilean President Maria Soto visited Peru. Maria spoke.")
    #expect(!graph.names(of: .person).contains("Maria") && western.names(of: .person) == ["Maria Soto"])
  }

  @Test("Particles such as 'von der' stay inside a name")
  func particles() throws {
    let graph = try Fixtures.graph("The Commission President, Ana von der Berg, travelled to Peru.")
    #expect(graph.names(of: .person) == ["Ana von der Berg"])
  }

  @Test("An acronym the text gives an agreement names the agreement, not the body the gazetteer knows by it")
  func agreementAcronym() throws {
    let graph = try Fixtures.graph(
      "The United States, Britain and Australia formed the Trilateral Security Agreement (AUKUS) in 2021.")
    #expect(!graph.entities.values.contains { $0.kind == .organization })
    #expect(!graph.relations.contains { $0.kind == .memberOf })
    #expect(try Fixtures.graph("AUKUS members met in Canberra.").names(of: .organization) == ["AUKUS"])
  }

  @Test("A date ends a body's name, and 'and the' after a head noun starts another body")
  func bodiesApart() throws {
    let graph = try Fixtures.graph(
      "The National Congress on Tuesday thanked Peru's Ministry of Energy and the Korean Ministry of Trade.")
    let names = graph.names(of: .organization)
    #expect(names.contains("National Congress") && !names.contains { $0.contains("Tuesday") })
    #expect(names.contains("Ministry of Energy") && names.contains { $0.hasSuffix("Ministry of Trade") })
  }
}
