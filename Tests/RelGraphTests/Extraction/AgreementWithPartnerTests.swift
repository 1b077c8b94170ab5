import Testing

@testable import RelGraph

@Suite struct AgreementWithPartnerTests {
  @Test("An agreement with a partner named after 'with' is an agreement of both")
  func withPartner() throws {
    let graph = try Fixtures.graph("Most of the gas Chile buys comes from the agreement it keeps with Bolivia.")
    let agreement = try #require(graph.entities.values.first { $0.kind == .agreement })
    #expect(
      graph.has("Chile", .partyTo, agreement.id.rawValue) && graph.has("Bolivia", .partyTo, agreement.id.rawValue))
  }

  @Test("A country's agreement with a partner is theirs, not the sentence's other countries'")
  func ownedAgreement() throws {
    let graph = try Fixtures.graph(
      "Ties between Chile and Peru soured over Bolivia's new gas deal with Argentina. "
        + "Relations between Chile and Peru cooled after Bolivia's deal with the Tarija region.")
    let agreements = graph.entities.values.filter { $0.kind == .agreement }
    let agreement = try #require(agreements.first)
    #expect(agreements.count == 1)
    #expect(
      graph.has("Bolivia", .partyTo, agreement.id.rawValue) && graph.has("Argentina", .partyTo, agreement.id.rawValue))
    #expect(!graph.has("Chile", .partyTo, agreement.id.rawValue) && !graph.has("Peru", .partyTo, agreement.id.rawValue))
  }

  @Test("'between' a few words after the agreement names its parties when countries follow it")
  func partiesAfterBetween() throws {
    let far = try Fixtures.graph(
      "Brazil hosted the talks where leaders adopted a treaty establishing a customs union between Chile, Peru and Bolivia."
    )
    let treaty = try #require(far.entities.values.first { $0.kind == .agreement })
    for party in ["Chile", "Peru", "Bolivia"] { #expect(far.has(party, .partyTo, treaty.id.rawValue), "\(party)") }
    #expect(!far.has("Brazil", .partyTo, treaty.id.rawValue))
    let nations = try Fixtures.graph("Chile and Peru signed a trade agreement in May between the two nations.")
    let agreement = try #require(nations.entities.values.first { $0.kind == .agreement })
    #expect(
      nations.has("Chile", .partyTo, agreement.id.rawValue) && nations.has("Peru", .partyTo, agreement.id.rawValue))
  }

  @Test("An agreement word with one country and no partner makes no agreement")
  func noPartner() throws {
    let graph = try Fixtures.graph("Chile said the agreement was good for trade with everyone.")
    #expect(graph.entities.values.allSatisfy { $0.kind != .agreement })
  }

  @Test("Each of two signing verbs in a sentence has its own signatory")
  func twoSigningVerbs() throws {
    let graph = try Fixtures.graph(
      "Chilean Foreign Minister Ana Ruiz signed the trade accord for Chile, while Peruvian Trade Minister "
        + "Luis Soto signed the agreement for Peru, and Bolivian envoy Rosa Mamani did not sign it.")
    let agreement = try #require(graph.entities.values.first { $0.kind == .agreement })
    #expect(graph.has("Ana Ruiz", .signed, agreement.id.rawValue))
    #expect(graph.has("Luis Soto", .signed, agreement.id.rawValue))
    #expect(!graph.has("Rosa Mamani", .signed, agreement.id.rawValue))
  }

  @Test("A counterpart after 'with' signs too, in English and Spanish")
  func counterpartSigns() throws {
    let english = try Fixtures.graph(
      "Chilean Foreign Minister Ana Ruiz signed a trade agreement with her Peruvian counterpart Luis Soto.")
    let spanish = try Fixtures.graph(
      "La canciller chilena Ana Ruiz, tras firmar un acuerdo comercial con su par peruano Luis Soto, habló.")
    for graph in [english, spanish] {
      let agreement = try #require(graph.entities.values.first { $0.kind == .agreement })
      #expect(graph.has("Ana Ruiz", .signed, agreement.id.rawValue))
      #expect(graph.has("Luis Soto", .signed, agreement.id.rawValue))
    }
  }
}
