import Testing

@testable import RelGraph

@Suite struct EntityRuleTests {
  @Test("Capitals, demonyms and Spanish names resolve to the country")
  func countryAliases() throws {
    let graph = try Fixtures.graph(
      "Tehran and La Paz grew closer. Un funcionario iraní viajó a Bolivia. The Bolivian envoy met Iranian officials.")
    #expect(graph.names(of: .country) == ["Iran", "Bolivia"])
    #expect(try graph.entity(named: "Tehran").name == "Iran")
  }

  @Test("Regions are not countries: Latin American, South American")
  func regions() throws {
    let graph = try Fixtures.graph(
      "Latin American and South American leaders met. North Korea and South Africa did not. French and Chinese envoys came."
    )
    #expect(graph.names(of: .country) == ["North Korea", "South Africa", "France", "China"])
  }

  @Test("A city is not a person, and a title before a city makes no person")
  func cityIsNotPerson() throws {
    let graph = try Fixtures.graph("President of La Paz's council spoke. The mayor visited Caracas.")
    #expect(graph.names(of: .person).isEmpty)
  }

  @Test("Titles introduce people in English and Spanish, with their office")
  func titledPeople() throws {
    let graph = try Fixtures.graph(
      "Chilean President Gabriel Boric visited Argentina. La canciller peruana Elsa Galarza viajó a Chile.")
    #expect(graph.names(of: .person) == ["Gabriel Boric", "Elsa Galarza"])
    #expect(graph.has("Gabriel Boric", .holdsOffice, "Chile"))
  }

  @Test("A given name inside a country's name starts no person, and a hyphen does not join a country to a name")
  func givenNamesInsideCountries() throws {
    let graph = try Fixtures.graph(
      "Understanding the Svalbard and Jan Mayen-Somalia relationship matters. The Isle of Man-Chile talks ended. Jan Smit-Chile spoke."
    )
    #expect(graph.names(of: .person) == ["Jan Smit"])
    #expect(graph.names(of: .country).isSuperset(of: ["Svalbard and Jan Mayen", "Somalia", "Isle of Man", "Chile"]))
  }

  @Test("After \"in\" or \"en\", a given name starts a place, not a person")
  func givenNamesOfPlaces() throws {
    let graph = try Fixtures.graph(
      "Los ministros se reunieron en Santa Cruz de la Sierra con Pedro Soto. The talks in Victoria Falls ended; Victoria Ruiz left."
    )
    #expect(graph.names(of: .person) == ["Pedro Soto", "Victoria Ruiz"])
  }

  @Test("A hyphenated surname stays whole, and alone it names the person")
  func hyphenatedNames() throws {
    let graph = try Fixtures.graph(
      "El presidente cubano, Miguel Díaz-Canel, viajó a Rusia. Díaz-Canel habló. The Iran-Bolivia axis grew.")
    #expect(graph.names(of: .person) == ["Miguel Díaz-Canel"])
    #expect(try graph.entity(named: "Díaz-Canel").name == "Miguel Díaz-Canel")
    #expect(graph.names(of: .country).isSuperset(of: ["Iran", "Bolivia"]))
  }

  @Test("A surname and a spelling variant join the full name")
  func resolution() throws {
    let graph = try Fixtures.graph(
      """
      Russian President Vladimir Putin received Mahmoud Abbas. Later Putin spoke again.
      Palestinian President Mahmud Abbas thanked him.
      """)
    #expect(graph.names(of: .person) == ["Vladimir Putin", "Mahmoud Abbas"])
    let abbas = try graph.entity(named: "Abbas")
    #expect(abbas.aliases.contains("Mahmud Abbas"))
    #expect(abbas.attributes["merged"]?.contains("spelling variant") == true)
  }

  @Test("Two people who share a surname keep it ambiguous")
  func ambiguousSurname() throws {
    let graph = try Fixtures.graph("President Raúl Castro met Foreign Minister Bruno Castro. Castro smiled.")
    #expect(graph.names(of: .person) == ["Raúl Castro", "Bruno Castro"])
    #expect(throws: (any Error).self) { try graph.entity(named: "Castro") }
  }

  @Test("A heading is not an organization, a named body is")
  func organizations() throws {
    let graph = try Fixtures.graph(
      """
      The Future Of The Alliance Council
      Maria Lopez, director of the Institute for Peace Studies, praised the OAS.
      """)
    #expect(graph.names(of: .organization) == ["Institute for Peace Studies", "Organization of American States"])
    #expect(graph.has("Maria Lopez", .affiliatedWith, "Institute for Peace Studies"))
  }

  @Test("An agreement mentioned several times is one entity with its date")
  func agreements() throws {
    let graph = try Fixtures.graph(
      """
      On March 3, 2021, Peru and Chile signed a trade agreement in Lima.
      The trade pact between Peru and Chile cut tariffs.
      """)
    let agreements = graph.entities.values.filter { $0.kind == .agreement }
    #expect(agreements.count == 1)
    #expect(agreements.first?.attributes["date"] == "2021-03-03")
    #expect(graph.has("Peru", .partyTo, agreements.first!.id.rawValue))
  }

  @Test("People named differently in two documents become one, and the merge is recorded")
  func crossDocumentResolution() throws {
    let first = try TextDocument(
      name: "a.txt",
      text: "Bolivian President Evo Morales visited Iran. Iranian President Mahmoud Ahmadinejad received him.")
    let second = try TextDocument(
      name: "b.txt", text: "President Morales met Iranian President Mahmud Ahmadinejad in Caracas.")
    let graph = Extractor().extract([first, second])
    #expect(graph.names(of: .person).count == 2)
    let ahmadinejad = try graph.entity(named: "Mahmud Ahmadinejad")
    #expect(Set(ahmadinejad.allNames).isSuperset(of: ["Mahmud Ahmadinejad", "Mahmoud Ahmadinejad"]))
    #expect(ahmadinejad.attributes["merged"]?.contains("across documents") == true)
    #expect(graph.has("Morales", .met, "Ahmadinejad"))
  }

  @Test("A descriptor stands for the country the article names most among those it fits")
  func descriptors() throws {
    let graph = try Fixtures.graph(
      """
      Peru signed a deal with Brazil. Peru wants trains. Peru and Chile talk.
      The Andean country's president visited Brazil.
      """)
    #expect(try graph.entity(named: "the Andean country").name == "Peru")
    let undecided = try Fixtures.graph("Peru met Chile. Chile met Peru. The Andean country said nothing.")
    #expect(throws: (any Error).self) { try undecided.entity(named: "the Andean country") }
  }

  @Test("Sources named by reporting verbs are people; common words are not")
  func reportingVerbs() throws {
    let graph = try Fixtures.graph(
      """
      According to Toma, Iran is active. "It is a base," Humire said. Analysts said Chile agreed.
      Según Pérez, Bolivia compró drones.
      """)
    #expect(graph.names(of: .person) == ["Toma", "Humire", "Pérez"])
  }

  @Test("A capital that is also a given name, before a surname, starts a person's name")
  func capitalAsGivenName() throws {
    let graph = try Fixtures.graph("Chilean Minister Ana Soto met her Argentine counterpart Santiago Cafiero in Lima.")
    #expect(graph.has("Santiago Cafiero", .holdsOffice, "Argentina"))
    #expect(try Fixtures.graph("The Paris Agreement binds France.").entities.values.allSatisfy { $0.kind != .person })
  }
}
