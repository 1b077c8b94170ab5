import Testing

@testable import RelGraph

@Suite struct OfficeTests {
  @Test(
    "Titles, in English and Spanish, give the office and its country",
    arguments: [
      ("Cuban leader Raúl Soto spoke first.", "Raúl Soto", "Cuba"),
      ("India's High Commissioner Anil Mehta left Ottawa.", "Anil Mehta", "India"),
      ("The Chilean chargé d'affaires Marta Ríos was summoned.", "Marta Ríos", "Chile"),
      ("El ministro de Relaciones Exteriores peruano, Jorge Paz, viajó.", "Jorge Paz", "Peru"),
      ("El encargado de negocios cubano Raúl Pérez fue citado.", "Raúl Pérez", "Cuba"),
      ("La canciller hondureña, Ana Paz, viajó a Quito.", "Ana Paz", "Honduras"),
      ("The head of Chile's naval command, Admiral Rosa Vidal, left.", "Rosa Vidal", "Chile"),
      ("The chair of the ruling council in Mali, Ana Touré, spoke.", "Ana Touré", "Mali"),
      ("El nuevo presidente conservador de Chile, Tomás Rojas, juró.", "Tomás Rojas", "Chile"),
      ("The cabinet appointed Rosa Díaz as ambassador of Chile in Lima.", "Rosa Díaz", "Chile"),
      ("Decidió nombrar a Jorge Paz como embajador de Perú en Chile.", "Jorge Paz", "Peru"),
      ("Peru expelled three Chilean diplomats, including Envoy Rosa Díaz and Consul Luis Soto.", "Luis Soto", "Chile"),
      ("Chile's ambassador to Peru, Rosa Díaz, was recalled.", "Rosa Díaz", "Chile"),
      ("El embajador de Chile en Perú, Luis Soto, fue llamado.", "Luis Soto", "Chile"),
      ("President Ana Soto of Chile and Chancellor Luis Paz of Peru met in Lima.", "Luis Paz", "Peru"),
      (
        "The plan came from the undersecretary for Asia of the Peruvian foreign ministry, Ana Ruiz.", "Ana Ruiz", "Peru"
      ),
      ("Lo anunció el secretario para Europa de la cancillería chilena, Pedro Soto.", "Pedro Soto", "Chile"),
      ("El vocero boliviano Luis Mamani habló.", "Luis Mamani", "Bolivia"),
      ("Ana Ruiz, Chile's foreign minister, arrived in Lima.", "Ana Ruiz", "Chile"),
      ("El viceministro de Exteriores de Perú, Jorge Paz, viajó.", "Jorge Paz", "Peru"),
    ])
  func titles(sentence: String, person: String, country: String) throws {
    #expect(try Fixtures.graph(sentence).has(person, .holdsOffice, country))
  }

  @Test("A title without a country takes the one country its sentence names before it, at a lower confidence")
  func countryFromSentence() throws {
    let graph = try Fixtures.graph(
      "In Caracas, President Ana Ruiz opened a school. En Lima, el canciller Jorge Paz habló.")
    let office = try #require(graph.relations.first { $0.kind == .holdsOffice && $0.target == "country:venezuela" })
    #expect(office.source == "person:ana-ruiz" && office.rules == ["title-context"] && office.confidence < 0.9)
    #expect(graph.has("Jorge Paz", .holdsOffice, "Peru"))
  }

  @Test(
    "No country is inferred from a quotation, from two countries, or from another person's title",
    arguments: [
      "“Chile is a friend,” said Foreign Minister Pedro Soto.",
      "Peru and Chile talked as Minister Pedro Soto watched.",
      "At the swearing-in of the president of Chile, Ana Ruiz, the minister Pedro Soto spoke.",
      "The head of the panel, Pedro Soto, met Chile's envoy and Peru's envoy.",
      "Chile's envoy spoke first, while Trade Secretary Pedro Soto listened.",
      "The special envoy for Chile, Pedro Soto, arrived in Lima.",
      "Chile cerró su embajada, mientras el ministro Pedro Soto guardó silencio.",
    ])
  func noCountryInferred(sentence: String) throws {
    let graph = try Fixtures.graph(sentence)
    #expect(!graph.relations.contains { $0.kind == .holdsOffice && $0.source == "person:pedro-soto" })
  }

  @Test("A list after a plural title and 'are' holds the title, in the country of the group named before")
  func listedHolders() throws {
    let graph = try Fixtures.graph(
      "Peru expelled six Chilean diplomats, including Consul Luis Soto. "
        + "The other diplomats expelled are Ana Ruiz, Pedro Vidal and Rosa Díaz (all first secretaries). "
        + "Los embajadores venezolanos retirados son Jorge Paz y Marta Ríos.")
    for person in ["Luis Soto", "Ana Ruiz", "Pedro Vidal", "Rosa Díaz"] {
      #expect(graph.has(person, .holdsOffice, "Chile"), "\(person)")
    }
    for person in ["Jorge Paz", "Marta Ríos"] { #expect(graph.has(person, .holdsOffice, "Venezuela"), "\(person)") }
    let far = try Fixtures.graph("The diplomats expelled are Ana Ruiz and Pedro Vidal.")
    #expect(!far.relations.contains { $0.kind == .holdsOffice })
  }

  @Test("A title in a clause of its own takes the country it acts for, not the earlier clause's")
  func countryOfItsClause() throws {
    let graph = try Fixtures.graph(
      "Chile's envoy signed the accord, while Trade Secretary Pedro Soto signed it on behalf of Peru.")
    #expect(graph.has("Pedro Soto", .holdsOffice, "Peru"))
    #expect(!graph.has("Pedro Soto", .holdsOffice, "Chile"))
  }

  @Test("A capitalised word before a title, unknown to the gazetteer, keeps the sentence's country off it")
  func unknownNationality() throws {
    let graph = try Fixtures.graph("In Lima, Ruritanian President Ana Soto spoke.")
    #expect(!graph.has("Ana Soto", .holdsOffice, "Peru"))
  }
}
