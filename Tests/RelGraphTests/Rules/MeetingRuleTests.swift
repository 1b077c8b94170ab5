import Testing

@testable import RelGraph

@Suite struct MeetingRuleTests {
  @Test(
    "Meetings and calls link two people once, in English and Spanish",
    arguments: [
      "President Ana Ruiz spoke by telephone with Prime Minister Luis Soto on Monday.",
      "La presidenta Ana Ruiz se reunió con el primer ministro Luis Soto en Quito.",
      "La presidenta Ana Ruiz viajó a Quito para reunirse con el primer ministro Luis Soto.",
    ])
  func met(sentence: String) throws {
    let graph = try Fixtures.graph(sentence)
    #expect(graph.has("Ana Ruiz", .met, "Luis Soto"))
    #expect(graph.relations.filter { $0.kind == .met }.count == 1)
  }

  @Test("A meeting in a country other than the first person's is that person's visit there")
  func meetingAbroad() throws {
    let abroad = try Fixtures.graph(
      "The Chilean foreign minister, Ana Ruiz, held talks in Lima with her Peruvian counterpart, Luis Soto.")
    #expect(abroad.has("Ana Ruiz", .visited, "Peru"))
    #expect(!abroad.has("Luis Soto", .visited, "Peru"))
    let home = try Fixtures.graph("Peruvian President Luis Soto met Chilean President Ana Ruiz in Lima.")
    #expect(!home.relations.contains { $0.kind == .visited && $0.source == "person:luis-soto" })
  }

  @Test("One person and a meeting word give no meeting")
  func onePerson() throws {
    #expect(try Fixtures.graph("President Ana Ruiz held talks in Quito.").relations.allSatisfy { $0.kind != .met })
  }

  @Test("A subject pronoun that opens a sentence stands for the first person of the sentence before")
  func pronounSubject() throws {
    let graph = try Fixtures.graph(
      "President Ana Ruiz landed in Quito on Monday. She also met Foreign Minister Luis Soto there.")
    #expect(graph.has("Ana Ruiz", .met, "Luis Soto"))
  }

  @Test("A host receiving a guest from another country: the guest visited, and the two met")
  func hosting() throws {
    let graph = try Fixtures.graph(
      "Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Soto in Santiago.")
    #expect(graph.has("Luis Soto", .visited, "Chile"))
    #expect(graph.has("Ana Ruiz", .met, "Luis Soto"))
    let domestic = try Fixtures.graph("Chilean President Ana Ruiz received Chilean Minister Luis Soto.")
    #expect(!domestic.relations.contains { $0.kind == .visited })
    let later = try Fixtures.graph(
      "La presidenta chilena, Ana Ruiz, recibe este martes en Santiago a su par peruano, Luis Soto, para hablar.")
    #expect(later.has("Luis Soto", .visited, "Chile") && later.has("Ana Ruiz", .met, "Luis Soto"))
    let otherClause = try Fixtures.graph(
      "Chilean President Ana Ruiz received the report, while Peruvian Minister Luis Soto left.")
    #expect(!otherClause.relations.contains { $0.kind == .met })
  }

  @Test("'Both', 'the two countries', 'ambos países' open a sentence for the two countries before it")
  func pairAnaphor() throws {
    let hosted = try Fixtures.graph(
      "Chile and Peru voted against the text. Both had recently hosted Russian Envoy Ana Soto.")
    #expect(hosted.has("Ana Soto", .visited, "Chile") && hosted.has("Ana Soto", .visited, "Peru"))
    let ties = try Fixtures.graph("Chile y Perú firmaron un acuerdo. Ambos países acordaron fortalecer sus lazos.")
    #expect(ties.has("Chile", .cooperatesWith, "Peru"))
    // Three countries before: whom "both" means is not known.
    let three = try Fixtures.graph("Chile, Peru and Bolivia met. The two countries agreed to deepen ties.")
    #expect(!three.relations.contains { $0.kind == .cooperatesWith })
  }

  @Test("In the passive the guest comes first and the host after 'by'/'por'")
  func passiveHost() throws {
    let graph = try Fixtures.graph("Chilean Minister Ana Ruiz was received by Peruvian President Luis Soto in Lima.")
    #expect(graph.has("Ana Ruiz", .met, "Luis Soto") && graph.has("Ana Ruiz", .visited, "Peru"))
    let spanish = try Fixtures.graph("El canciller chileno Jorge Paz fue recibido por el presidente peruano Luis Soto.")
    #expect(spanish.has("Jorge Paz", .met, "Luis Soto") && spanish.has("Jorge Paz", .visited, "Peru"))
    let country = try Fixtures.graph("Chilean Minister Ana Ruiz was received by Peru.")
    #expect(country.has("Ana Ruiz", .visited, "Peru"))
  }
}
