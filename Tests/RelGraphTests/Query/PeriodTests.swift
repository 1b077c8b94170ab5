import Testing

@testable import RelGraph

@Suite struct PeriodTests {
  /// Chile and Peru with a visit of 2023-07, a meeting of 2024, an undated alliance and an undated visit.
  static func graph() throws -> RelationshipGraph {
    var graph = RelationshipGraph()
    for name in ["Chile", "Peru"] { graph.add(Entity(name: name, kind: .country)) }
    graph.add(Entity(name: "Ana Soto", kind: .person))
    try graph.add(
      Relation(source: "person:ana-soto", kind: .visited, target: "country:peru", attributes: ["date": "2023-07"]))
    try graph.add(
      Relation(source: "country:chile", kind: .cooperatesWith, target: "country:peru", attributes: ["date": "2024"]))
    try graph.add(Relation(source: "country:chile", kind: .alliedWith, target: "country:peru"))
    try graph.add(Relation(source: "person:ana-soto", kind: .visited, target: "country:chile"))
    return graph
  }

  static func kinds(_ graph: RelationshipGraph) -> Set<String> {
    Set(graph.relations.map { "\($0.kind.rawValue) \($0.target.rawValue)" })
  }

  @Test("A period keeps the relations dated in it and the undated lasting ties, unless dated only")
  func period() throws {
    let graph = try Self.graph()
    #expect(
      Self.kinds(graph.relations(since: DateSpan("2023"), until: DateSpan("2023-12")))
        == ["visited country:peru", "allied_with country:peru"])
    #expect(
      Self.kinds(graph.relations(since: DateSpan("2023-08"), until: nil))
        == ["cooperates_with country:peru", "allied_with country:peru"])
    #expect(
      Self.kinds(graph.relations(since: nil, until: DateSpan("2023-07-01"), datedOnly: true)) == [
        "visited country:peru"
      ])
    #expect(graph.relations(since: DateSpan("2025"), until: nil).entities.count == 3)
  }

  @Test("Dates cover their year, month or day; other text is no date")
  func spans() {
    #expect(DateSpan("2024-02").map { [$0.start, $0.end] } == ["2024-02-01", "2024-02-29"])
    #expect(DateSpan("1900-02").map(\.end) == "1900-02-28")
    #expect(DateSpan("2023-07-20")?.overlaps(DateSpan("2023")!) == true)
    #expect(DateSpan("2023-07-20")?.overlaps(DateSpan("2023-08")!) == false)
    for text in ["", "23", "2023-7", "2023-13", "2023-02-29", "July 2023", "2023-01-01-01"] {
      #expect(DateSpan(text) == nil, "\(text)")
    }
  }
}
