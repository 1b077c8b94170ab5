import Foundation
import RelGraphTestSupport
import Testing

@testable import RelGraph

@Suite struct ExportTests {
  static let date = "2026-12-05"

  @Test("The example article gives the recorded GraphML, GEXF and CSV")
  func goldens() throws {
    let graph = try Fixtures.exampleGraph()
    try Fixtures.assertGolden(GraphMLWriter.graphML(for: graph), "iran-bolivia.graphml")
    try Fixtures.assertGolden(GEXFWriter.gexf(for: graph, modified: Self.date), "iran-bolivia.gexf")
    try Fixtures.assertGolden(Neo4jCSV.nodes(of: graph), "iran-bolivia-csv/nodes.csv")
    try Fixtures.assertGolden(Neo4jCSV.relationships(of: graph), "iran-bolivia-csv/relationships.csv")
  }

  @Test("Hostile names give well-formed GraphML and GEXF that name every entity; the GEXF is recorded")
  func hostileXML() throws {
    let graph = try HostileNames.graph()
    try Fixtures.assertGolden(GEXFWriter.gexf(for: graph, modified: Self.date), "hostile-names.gexf")
    for xml in [GraphMLWriter.graphML(for: graph), GEXFWriter.gexf(for: graph, modified: Self.date)] {
      let error = XMLCheck.error(parsing: Data(xml.utf8))
      #expect(error == nil, "not well-formed: \(String(describing: error))")
      for entity in graph.entities.values { #expect(xml.contains(XMLText.escaped(entity.id.rawValue))) }
    }
  }

  @Test("XML text escapes markup and replaces the characters XML cannot hold")
  func xmlText() {
    #expect(XMLText.escaped(#"a<b>&"c"'d"#) == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d")
    #expect(XMLText.escaped("tab\tok\u{1}\u{FFFE}") == "tab\tok\u{FFFD}\u{FFFD}")
    #expect(XMLText.escaped("Bolivia") == "Bolivia")
  }

  @Test("A relation's date spans its year, month or day in GEXF; other dates none")
  func dateSpans() {
    func span(_ date: String) -> [String]? {
      let relation = Relation(source: "a", kind: .visited, target: "b", attributes: ["date": date])
      return ExportedRelation(relation: relation).dateSpan.map { [$0.start, $0.end] }
    }
    #expect(span("2024") == ["2024-01-01", "2024-12-31"])
    #expect(span("2024-02") == ["2024-02-01", "2024-02-29"])
    #expect(span("2023-02") == ["2023-02-01", "2023-02-28"])
    #expect(span("2023-07-20") == ["2023-07-20", "2023-07-20"])
    #expect(span("2023-02-30") == nil && span("July") == nil && span("") == nil)
  }

  @Test(
    "networkx reads the GraphML and the GEXF back, attribute values intact",
    .enabled(if: Python.has("networkx"), "needs python3 with networkx (pip install networkx)"))
  func networkxReads() throws {
    let graph = try Fixtures.exampleGraph()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-export-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let graphml = folder.appendingPathComponent("g.graphml")
    let gexf = folder.appendingPathComponent("g.gexf")
    try GraphMLWriter.graphML(for: graph).write(to: graphml, atomically: true, encoding: .utf8)
    try GEXFWriter.gexf(for: graph, modified: Self.date).write(to: gexf, atomically: true, encoding: .utf8)
    let script = """
      import sys, networkx
      for g in (networkx.read_graphml(sys.argv[1]), networkx.read_gexf(sys.argv[2])):
          supply = [d for _, t, d in g.out_edges("country:iran", data=True) if d["kind"] == "supplies"][0]
          name = g.nodes["country:iran"].get("name") or g.nodes["country:iran"]["label"]
          print(g.number_of_nodes(), g.number_of_edges(), name, supply["confidence"], supply["evidence_count"])
      """
    let run = try Python.run(script, arguments: [graphml.path, gexf.path])
    #expect(run.status == 0)
    let supply = try #require(graph.relations.first { $0.source == "country:iran" && $0.kind == .supplies })
    let line = "\(graph.entities.count) \(graph.relations.count) Iran \(supply.confidence) \(supply.evidence.count)"
    #expect(run.stdout == line + "\n" + line + "\n")
  }

  @Test(
    "python-igraph reads the GraphML back, names and kinds intact",
    .enabled(if: Python.has("igraph"), "needs python3 with python-igraph (pip install python-igraph)"))
  func igraphReads() throws {
    let graph = try HostileNames.graph()
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-igraph-\(UUID()).graphml")
    try GraphMLWriter.graphML(for: graph).write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
      import sys, json, igraph
      g = igraph.Graph.Read_GraphML(sys.argv[1])
      print(json.dumps(sorted([v["id"], v["name"], v["kind"]] for v in g.vs)))
      """
    let run = try Python.run(script, arguments: [file.path])
    #expect(run.status == 0)
    let read = try JSONDecoder().decode([[String]].self, from: Data(run.stdout.utf8))
    let expected = graph.entities.values.map { [$0.id.rawValue, XMLFree.clean($0.name), $0.kind.rawValue] }
    #expect(read == expected.sorted { $0.lexicographicallyPrecedes($1) })
  }

  @Test("Python's csv module reads the CSV back, hostile names intact, every row as wide as its header")
  func csvReads() throws {
    let graph = try HostileNames.graph()
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-nodes-\(UUID()).csv")
    try Neo4jCSV.nodes(of: graph).write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
      import sys, csv, json
      rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
      assert all(len(row) == len(rows[0]) for row in rows)
      print(json.dumps(sorted(row[1] for row in rows[1:])))
      """
    let run = try Python.run(script, arguments: [file.path])
    #expect(run.status == 0)
    let names = try JSONDecoder().decode([String].self, from: Data(run.stdout.utf8))
    #expect(names == graph.entities.values.map { XMLFree.clean($0.name) }.sorted())
  }
}

/// What the exports make of text that XML (and the CSV, alike) cannot hold: U+FFFD for each such character.
enum XMLFree {
  static func clean(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map {
          ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || $0.value == 0xFFFE || $0.value == 0xFFFF
            ? "\u{FFFD}" : $0
        }))
  }
}
