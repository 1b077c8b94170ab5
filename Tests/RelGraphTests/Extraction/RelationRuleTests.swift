import Testing

@testable import RelGraph

@Suite struct RelationRuleTests {
  @Test("Visits go from the visitor to the host country")
  func visits() throws {
    let graph = try Fixtures.graph(
      "Venezuelan President Nicolás Maduro visited Moscow in 2019. El presidente cubano Miguel Díaz-Canel visitó Caracas."
    )
    #expect(graph.has("Nicolás Maduro", .visited, "Russia"))
    #expect(!graph.has("Russia", .visited, "Venezuela"))
  }

  @Test("Sales and purchases both point from seller to buyer, with items")
  func supplies() throws {
    let sold = try Fixtures.graph("Russia sold to Serbia several fighter jets and tanks.")
    let relation = try #require(sold.relations.first { $0.kind == .supplies })
    #expect(sold.has("Russia", .supplies, "Serbia"))
    #expect(relation.items == ["fighter jets", "tanks"])
    let bought = try Fixtures.graph("Serbia bought drones from China.")
    #expect(bought.has("China", .supplies, "Serbia"))
    #expect(!bought.has("Serbia", .supplies, "China"))
  }

  @Test("A negated statement gives no relation")
  func negation() throws {
    let graph = try Fixtures.graph("Prime Minister Ana Silva did not sign the trade agreement between Peru and Chile.")
    #expect(!graph.relations.contains { $0.kind == .signed })
  }

  @Test("Hearsay is kept with a lower confidence")
  func hedging() throws {
    let graph = try Fixtures.graph("Iran reportedly sold drones to Venezuela.")
    let relation = try #require(graph.relations.first { $0.kind == .supplies })
    #expect(relation.confidence < 0.9)
  }

  @Test("Voting together gives one relation per partner; abstentions give none")
  func votes() throws {
    let graph = try Fixtures.graph(
      """
      Nicaragua joined Cuba, Syria and Belarus in voting against the resolution.
      Mexico and Brazil abstained from voting.
      """)
    #expect(graph.relations.filter { $0.kind == .votedWith }.count == 3)
    #expect(graph.has("Nicaragua", .votedWith, "Belarus"))
    #expect(graph.has("Belarus", .votedWith, "Nicaragua"))
    #expect(
      !graph.relations.contains {
        $0.kind == .votedWith && ($0.source.rawValue.contains("mexico") || $0.target.rawValue.contains("mexico"))
      })
  }

  @Test("An abstention in a later clause does not cancel the votes listed before it")
  func laterAbstention() throws {
    let graph = try Fixtures.graph(
      "Venezuela joined Russia, Syria and North Korea in voting against the resolution, while Brazil and Mexico abstained."
    )
    #expect(graph.relations.filter { $0.kind == .votedWith }.count == 3)
    #expect(!graph.relations.contains { $0.kind == .votedWith && $0.target.rawValue.contains("brazil") })
  }

  @Test("Support and opposition look for their object inside the clause")
  func clauses() throws {
    let graph = try Fixtures.graph(
      "El presidente cubano Miguel Díaz-Canel agradeció el respaldo del gigante asiático y condenó las sanciones impuestas por Washington."
    )
    #expect(!graph.relations.contains { $0.kind == .supports })
    #expect(graph.has("Miguel Díaz-Canel", .opposes, "United States"))
  }

  @Test("Donations move goods when goods are named; membership lists give one relation each")
  func donationsAndMemberships() throws {
    let graph = try Fixtures.graph(
      "China donó a Cuba paneles solares y alimentos. Japan sent a delegation to Peru. Cuba es miembro del Movimiento de Países No Alineados y de la CELAC."
    )
    #expect(graph.has("China", .supplies, "Cuba"))
    #expect(!graph.has("Japan", .supplies, "Peru"))
    #expect(graph.relations.filter { $0.kind == .memberOf }.count == 2)
  }

  @Test("Signatories of a passive signing follow 'signed by'")
  func passiveSigning() throws {
    let graph = try Fixtures.graph(
      "The contract between India and France was signed by Indian Defence Secretary Rajesh Kumar Singh and French ambassador Thierry Mathou."
    )
    let agreement = try #require(graph.entities.values.first { $0.kind == .agreement })
    #expect(graph.has("Rajesh Kumar Singh", .signed, agreement.id.rawValue))
    #expect(graph.has("Thierry Mathou", .signed, agreement.id.rawValue))
    #expect(graph.has("Thierry Mathou", .holdsOffice, "France"))
  }

  @Test("A body named before a title is where the office is held")
  func officeInOrganization() throws {
    let graph = try Fixtures.graph(#""This threatens stability," said State Department spokesman Matthew Miller."#)
    #expect(graph.has("Matthew Miller", .affiliatedWith, "State Department"))
  }

  @Test("Embassies: moved from one country to another, opened in a country")
  func embassies() throws {
    let graph = try Fixtures.graph(
      "Paraguay moved its embassy from Tel Aviv to Jerusalem. Chile opened an embassy in Hanoi.")
    #expect(graph.has("Chile", .embassyIn, "Vietnam"))
    #expect(!graph.has("Vietnam", .embassyIn, "Chile"))
  }

  @Test("Meetings in Spanish link two people once")
  func meetings() throws {
    let graph = try Fixtures.graph(
      "El canciller chileno Alberto van Klaveren sostuvo un encuentro con el presidente Luis Arce.")
    #expect(graph.has("Alberto van Klaveren", .met, "Luis Arce"))
    #expect(graph.relations.filter { $0.kind == .met }.count == 1)
  }

  @Test("Alliances, cooperation, support and opposition")
  func stances() throws {
    let graph = try Fixtures.graph(
      """
      The alliance between Russia and Belarus deepened.
      Military cooperation between India and France grew.
      Brazil expressed support for Argentina.
      Canada condemned Iran.
      """)
    #expect(graph.has("Russia", .alliedWith, "Belarus"))
    #expect(graph.has("India", .cooperatesWith, "France"))
    #expect(graph.has("Brazil", .supports, "Argentina"))
    #expect(graph.has("Canada", .opposes, "Iran"))
    #expect(!graph.has("Iran", .opposes, "Canada"))
  }

  @Test("Membership in an international body")
  func membership() throws {
    let graph = try Fixtures.graph("Turkey is a member of NATO.")
    #expect(graph.has("Turkey", .memberOf, "NATO"))
  }

  @Test(
    "Spanish sentences give the same relations",
    arguments: [
      ("El presidente boliviano Luis Arce visitó Rusia en 2023.", "Luis Arce", RelationKind.visited, "Russia"),
      ("Rusia vendió a Bolivia varios helicópteros y armas.", "Russia", .supplies, "Bolivia"),
      ("La alianza entre Cuba y Venezuela se fortaleció.", "Cuba", .alliedWith, "Venezuela"),
      ("La cooperación entre Irán y Venezuela creció.", "Iran", .cooperatesWith, "Venezuela"),
      ("México expresó su apoyo a Bolivia.", "Mexico", .supports, "Bolivia"),
      ("Argentina condenó a Irán.", "Argentina", .opposes, "Iran"),
      ("Irán abrió una embajada en Nicaragua.", "Iran", .embassyIn, "Nicaragua"),
      ("Bolivia es miembro de la ONU.", "Bolivia", .memberOf, "United Nations"),
      ("El canciller venezolano Yván Gil firmó un acuerdo energético con Irán.", "Yván Gil", .holdsOffice, "Venezuela"),
      ("Nicaragua votó junto con Cuba y Venezuela.", "Nicaragua", .votedWith, "Cuba"),
      ("El gobierno francés condenó a Irán.", "France", .opposes, "Iran"),
      (
        "Ana Pérez, directora del Instituto de Estudios Andinos, criticó a Chile.", "Ana Pérez", .affiliatedWith,
        "Instituto de Estudios Andinos"
      ),
      ("Ana Pérez, directora del Instituto de Estudios Andinos, criticó a Chile.", "Ana Pérez", .opposes, "Chile"),
    ])
  func spanish(sentence: String, source: String, kind: RelationKind, target: String) throws {
    let graph = try Fixtures.graph(sentence)
    #expect(graph.has(source, kind, target), "\(sentence)")
    #expect(!graph.has(target, kind, source) || kind.isSymmetric)
  }

  @Test("A Spanish signature links the signatory to the agreement and the parties to it")
  func spanishSignature() throws {
    let graph = try Fixtures.graph("El canciller venezolano Yván Gil firmó un acuerdo energético con Irán.")
    let agreement = try #require(graph.entities.values.first { $0.kind == .agreement })
    #expect(graph.has("Yván Gil", .signed, agreement.id.rawValue))
    #expect(graph.has("Iran", .partyTo, agreement.id.rawValue))
    #expect(graph.has("Venezuela", .partyTo, agreement.id.rawValue))
  }
}
