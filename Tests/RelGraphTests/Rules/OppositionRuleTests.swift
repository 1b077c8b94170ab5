import Testing

@testable import RelGraph

@Suite struct OppositionRuleTests {
  @Test(
    "Condemnation, accusations, expulsions and broken ties oppose their target, in English and Spanish",
    arguments: [
      ("Canada accused Iran of hiding the drones.", "Canada", "Iran"),
      ("Peru expelled two Chilean diplomats.", "Peru", "Chile"),
      ("Ecuador cut ties with Mexico after the raid.", "Ecuador", "Mexico"),
      ("Chile objected to Peru's proposal.", "Chile", "Peru"),
      ("Panamá rompió relaciones con Venezuela.", "Panama", "Venezuela"),
      ("Uruguay acusó a Paraguay de contrabando.", "Uruguay", "Paraguay"),
      ("Chile summoned Peru's ambassador on Monday.", "Chile", "Peru"),
      ("Chile refused to recognize the new government of Peru.", "Chile", "Peru"),
      ("Chile no reconoció el gobierno de Perú.", "Chile", "Peru"),
      ("The UN assembly passed a text demanding that Russia leave Moldova.", "United Nations", "Russia"),
      ("Colombia will recall its ambassador to Venezuela.", "Colombia", "Venezuela"),
      ("The African Union suspended Niger after the coup.", "African Union", "Niger"),
      ("Colombia's Foreign Ministry said it would recall its ambassador from Caracas.", "Colombia", "Venezuela"),
    ])
  func opposes(sentence: String, holder: String, target: String) throws {
    let graph = try Fixtures.graph(sentence)
    #expect(graph.has(holder, .opposes, target))
    #expect(!graph.has(target, .opposes, holder))
  }

  @Test("A stance toward a country's body is toward the country too; toward a body of no country, not")
  func countryBody() throws {
    let spanish = try Fixtures.graph(
      "Chile y Perú exigieron al Consejo Supremo Electoral (CSE) de Nicaragua publicar los resultados.")
    let english = try Fixtures.graph("Chile criticised the Supreme Electoral Council (CSE) of Nicaragua on Monday.")
    for graph in [spanish, english] {
      #expect(graph.has("Chile", .opposes, "Nicaragua"))
      #expect(graph.entities.values.contains { $0.kind == .organization })
    }
    #expect(spanish.has("Peru", .opposes, "Nicaragua"))
    let alone = try Fixtures.graph("Chile criticised the Supreme Electoral Council on Monday in Nicaragua.")
    #expect(!alone.has("Chile", .opposes, "Nicaragua"))
  }

  @Test("A passive stance goes from each holder after 'by' or 'from' to the subject")
  func passive() throws {
    let graph = try Fixtures.graph("Cuba, long isolated, has been sanctioned by the United States, Japan and Norway.")
    for holder in ["United States", "Japan", "Norway"] { #expect(graph.has(holder, .opposes, "Cuba"), "\(holder)") }
    #expect(!graph.has("Cuba", .opposes, "Japan"))
    let criticised = try Fixtures.graph("Chile faced sharp criticism from Peru and Bolivia over the border.")
    for holder in ["Peru", "Bolivia"] { #expect(criticised.has(holder, .opposes, "Chile"), "\(holder)") }
    #expect(!criticised.has("Chile", .opposes, "Peru"))
  }

  @Test("Each country of a listed subject holds the stance, and a country that joined them")
  func listedSubject() throws {
    let graph = try Fixtures.graph("Chile, Peru and Ecuador condemned Nicaragua.")
    for holder in ["Chile", "Peru", "Ecuador"] { #expect(graph.has(holder, .opposes, "Nicaragua"), "\(holder)") }
    let joined = try Fixtures.graph("Bolivia joined Chile and Peru in condemning Nicaragua's raid.")
    for holder in ["Bolivia", "Chile", "Peru"] { #expect(joined.has(holder, .opposes, "Nicaragua"), "\(holder)") }
  }

  @Test("No stance when negated, or when the only entity after the phrase is far from it")
  func noStance() throws {
    #expect(try Fixtures.graph("Chile did not condemn Peru.").relations.allSatisfy { $0.kind != .opposes })
    let far = try Fixtures.graph(
      "Chile warned that the long talks in the capital of the north might one day involve Peru.")
    #expect(!far.has("Chile", .opposes, "Peru"))
  }

  @Test("A passive stance without 'by' has no holder")
  func passiveWithoutHolder() throws {
    let graph = try Fixtures.graph("The Chilean envoy Ana Ruiz was summoned to the Peruvian Ministry of Defense.")
    #expect(graph.relations.allSatisfy { $0.kind != .opposes })
  }

  @Test("A second verb joined by 'and' after an 'of' phrase is the first verb's subject's")
  func coordinatedVerbs() throws {
    let graph = try Fixtures.graph(
      "Chilean President Ana Ruiz did not recognize the election of Luis Soto and backed Rosa Díaz.")
    #expect(graph.has("Ana Ruiz", .opposes, "Luis Soto") && graph.has("Ana Ruiz", .supports, "Rosa Díaz"))
    #expect(!graph.has("Luis Soto", .supports, "Rosa Díaz"))
  }
}
