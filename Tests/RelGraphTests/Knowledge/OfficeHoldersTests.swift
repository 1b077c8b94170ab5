import Testing

@testable import RelGraph

@Suite struct OfficeHoldersTests {
  static let table = """
    # a table in the shipped columns
    Peru\tAna María Quispe Rojas\tPresident\t2021-07-28\t2023-12-07\tAna Maria QUISPE Rojas
    Peru\tLuis Alberto Torres\tPresident\t2023-12-07\t\t
    Chile\tAna Quispe Vidal\tForeign Minister\t2022\t\t
    """

  @Test("A name matches a tenure by its words, in any order of omission, accents and one letter aside")
  func matchesNames() throws {
    let holders = try OfficeHolders(tsv: Self.table, source: "test")
    #expect(holders.tenures(ofPersonNamed: "Ana Quispe Rojas", on: nil).map(\.country) == ["Peru"])
    #expect(holders.tenures(ofPersonNamed: "Luis Torres", on: nil).map(\.country) == ["Peru"])
    #expect(holders.tenures(ofPersonNamed: "Luis Torrez", on: nil).map(\.country) == ["Peru"])
    #expect(holders.tenures(ofPersonNamed: "Torres", on: nil).isEmpty)
    #expect(holders.tenures(ofPersonNamed: "Luis M. Torres", on: nil).map(\.country) == ["Peru"])
    #expect(holders.tenures(ofPersonNamed: "L. Torres", on: nil).isEmpty)
    #expect(holders.tenures(ofPersonNamed: "Luis Tores Vega", on: nil).isEmpty)
    #expect(Set(holders.tenures(ofPersonNamed: "Ana Quispe", on: nil).map(\.country)) == ["Peru", "Chile"])
  }

  @Test("A tenure covers the dates between its start and its end, to the precision both give")
  func honoursDates() throws {
    let holders = try OfficeHolders(tsv: Self.table, source: "test")
    #expect(holders.tenures(ofPersonNamed: "Ana Quispe Rojas", on: "2022-05").count == 1)
    #expect(holders.tenures(ofPersonNamed: "Ana Quispe Rojas", on: "2024").isEmpty)
    #expect(holders.tenures(ofPersonNamed: "Ana Quispe Rojas", on: "2023").count == 1)
    #expect(holders.tenures(ofPersonNamed: "Luis Torres", on: "2021-01-01").isEmpty)
  }

  @Test("A row with too few columns or an unknown country is refused with its line")
  func refusesBadRows() {
    #expect(throws: OfficeHolders.FormatError.self) { try OfficeHolders(tsv: "Peru\tX Y\tPresident", source: "t") }
    do {
      _ = try OfficeHolders(tsv: "# c\nAtlantis\tX Y\tKing\t2020\t\t", source: "mine.tsv")
      Issue.record("an unknown country was accepted")
    } catch {
      #expect(error.description == "mine.tsv, line 2: unknown country 'Atlantis'")
    }
  }

  @Test("The shipped table places heads of state and government")
  func bundled() {
    #expect(
      OfficeHolders.bundled.tenures(ofPersonNamed: "Lula da Silva", on: "2024-05").map(\.country).contains("Brazil"))
    #expect(OfficeHolders.bundled.tenures(ofPersonNamed: "Ebrahim Raisi", on: "2025-03").isEmpty)
    #expect(!OfficeHolders.bundled.tenures(ofPersonNamed: "Ebrahim Raisi", on: "2023-03").isEmpty)
    // Hong Kong and Macau list China's president as theirs; the table keeps China's office only.
    #expect(OfficeHolders.bundled.tenures(ofPersonNamed: "Xi Jinping", on: "2024").map(\.country) == ["China"])
  }

  @Test(
    "People the text names without a country get one from knowledge, at the article's date, below the text's confidence"
  )
  func placesPeople() throws {
    let knowledge = try OfficeHolders(tsv: Self.table, source: "test")
    let text = """
      Lima, 3 March 2024. Luis Torres met Chilean Foreign Minister Ana Quispe Vidal to discuss fishing rights.
      Ana Quispe Rojas was not at the meeting.
      """
    let graph = Extractor(knowledge: knowledge).extract(try TextDocument(name: "t.txt", text: text))
    let torres = try #require(
      graph.relations.first { $0.source.rawValue == "person:luis-torres" && $0.kind == .holdsOffice })
    #expect(torres.target.rawValue == "country:peru" && torres.rules == ["knowledge"] && torres.confidence < 0.9)
    #expect(graph.has("Ana Quispe Vidal", .holdsOffice, "Chile"))
    #expect(!graph.has("Ana Quispe Vidal", .holdsOffice, "Peru"))
    // Out of office at the article's date: no office from knowledge.
    #expect(!graph.has("Ana Quispe Rojas", .holdsOffice, "Peru"))
  }

  @Test("A person the text gives a role in a body takes no office from knowledge")
  func bodyRoleWins() throws {
    let knowledge = try OfficeHolders(tsv: Self.table, source: "test")
    let text = "Quito, 3 March 2024. OAS Secretary General Luis Torres visited Chile."
    let graph = Extractor(knowledge: knowledge).extract(try TextDocument(name: "t.txt", text: text))
    #expect(graph.relations.contains { $0.kind == .affiliatedWith && $0.source.rawValue == "person:luis-torres" })
    #expect(!graph.has("Luis Torres", .holdsOffice, "Peru"))
  }

  @Test("A family name after a title matches that title's holders of that name, never a first name")
  func familyNameAfterTitle() throws {
    let holders = try OfficeHolders(tsv: Self.table, source: "test")
    #expect(holders.tenures(ofFamilyName: "Torres", role: "President", on: "2024").map(\.country) == ["Peru"])
    #expect(holders.tenures(ofFamilyName: "Torres", role: "Foreign Minister", on: "2024").isEmpty)
    #expect(holders.tenures(ofFamilyName: "Luis", role: "President", on: "2024").isEmpty)
    #expect(holders.tenures(ofFamilyName: "Torres", role: "President", on: "2020").isEmpty)
    let text = "Lima, 3 March 2024. President Torres opened the port. Torres spoke."
    let graph = Extractor(knowledge: holders).extract(try TextDocument(name: "t.txt", text: text))
    #expect(graph.relations.contains { $0.kind == .holdsOffice && $0.rules == ["knowledge"] })
    #expect(graph.has("Torres", .holdsOffice, "Peru"))
  }

  @Test("A person placed by knowledge counts as from that country in the rules: a visit abroad")
  func knowledgeFeedsRules() throws {
    let holders = try OfficeHolders(tsv: Self.table, source: "test")
    let text = "Lima, 3 March 2024. Luis Torres was received by Chilean President Ana Ruiz in Santiago."
    let graph = Extractor(knowledge: holders).extract(try TextDocument(name: "t.txt", text: text))
    #expect(graph.has("Luis Torres", .visited, "Chile"))
  }
}
