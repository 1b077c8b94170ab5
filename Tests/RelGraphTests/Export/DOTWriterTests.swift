import Foundation
import Graphviz
@testable import RelGraph
import Testing

@Suite struct DOTWriterTests {
  /// Compares `actual` with the golden file, or rewrites it (and fails) when RECORD_GRAPHS=1.
  func assertGolden(_ actual: String, _ name: String) throws {
    let url = Fixtures.graphs.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GRAPHS"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("Recorded \(name); run again without RECORD_GRAPHS to check it.")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "\(name) differs; rerun with RECORD_GRAPHS=1 if the change is intended")
  }

  @Test("The example article gives the recorded JSON and DOT")
  func exampleGolden() throws {
    let graph = Extractor().extract(try Fixtures.document(Fixtures.graphs.appendingPathComponent("iran-bolivia.txt")))
    try assertGolden(String(decoding: NodeLinkJSON.encode(graph), as: UTF8.self) + "\n", "iran-bolivia.json")
    try assertGolden(DOTWriter().dot(for: graph), "iran-bolivia.dot")
  }

  @Test("The hostile-names graph gives the recorded DOT")
  func hostileGolden() throws {
    try assertGolden(DOTWriter().dot(for: HostileNames.graph()), "hostile-names.dot")
  }

  @Test("Each node is drawn with its kind's shape and its id")
  func styling() throws {
    let dot = DOTWriter(includesLegend: false).dot(for: try Fixtures.europe())
    #expect(dot.contains(#""country:france" [id="country:france", label="France", shape=box"#))
    #expect(dot.contains(#"shape=hexagon"#))
    #expect(dot.contains(#""person:emmanuel-macron" -> "country:france" [label="holds office""#))
    #expect(!dot.contains("Legend"))
  }

  @Test("Entities in no relation are left out of drawings unless asked for, or unless nothing is linked")
  func unlinkedEntities() throws {
    var graph = try Fixtures.europe()
    graph.add(Entity(name: "Nauru", kind: .country))
    #expect(!DOTWriter().dot(for: graph).contains("country:nauru"))
    #expect(DOTWriter(includesUnlinkedEntities: true).dot(for: graph).contains("country:nauru"))
    var lonely = RelationshipGraph()
    lonely.add(Entity(name: "Nauru", kind: .country))
    #expect(DOTWriter().dot(for: lonely).contains("country:nauru"))
  }
}
