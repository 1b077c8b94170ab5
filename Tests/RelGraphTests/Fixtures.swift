import Foundation
import Testing

@testable import RelGraph

/// Paths and graphs shared by the tests.
enum Fixtures {
  /// The package's root folder.
  /// (Through links too: Tests/CoreOnly runs these tests from a link to their folder.)
  static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let graphs = root.appendingPathComponent("Graphs")
  /// A long article in the reference article's shape, web noise included, written for the tests.
  static let longArticle = root.appendingPathComponent("Tests/Fixtures/iran-bolivia-long.txt")

  /// Compares `actual` with the golden file `name` in `Graphs/`, or rewrites it (and fails) when
  /// RECORD_GRAPHS=1.
  static func assertGolden(_ actual: String, _ name: String) throws {
    let url = graphs.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GRAPHS"] == "1" {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("Recorded \(name); run again without RECORD_GRAPHS to check it.")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "\(name) differs; rerun with RECORD_GRAPHS=1 if the change is intended")
  }

  /// The graph of the example article in `Graphs/`.
  static func exampleGraph() throws -> RelationshipGraph {
    Extractor().extract(try document(graphs.appendingPathComponent("iran-bolivia.txt")))
  }

  static func document(_ url: URL) throws -> TextDocument {
    try TextDocument(name: url.lastPathComponent, bytes: Data(contentsOf: url))
  }

  /// The graph extracted from ``longArticle``.
  static func longArticleGraph() throws -> RelationshipGraph {
    Extractor().extract(try document(longArticle))
  }

  /// The graph extracted from one text.
  static func graph(_ text: String) throws -> RelationshipGraph {
    Extractor().extract(try TextDocument(name: "test.txt", text: text))
  }

  /// A small graph: France and Germany in the EU, Macron president of France.
  static func europe() throws -> RelationshipGraph {
    let france = Entity(name: "France", kind: .country, aliases: ["Paris", "French"])
    let germany = Entity(name: "Germany", kind: .country, aliases: ["Berlin"])
    let union = Entity(name: "European Union", kind: .organization, aliases: ["EU"])
    let macron = Entity(name: "Emmanuel Macron", kind: .person, aliases: ["Macron"])
    let evidence = Evidence(document: "eu.txt", sentence: "France is a member of the EU.", start: 0, end: 29)
    return try RelationshipGraph(
      entities: [france, germany, union, macron],
      relations: [
        Relation(source: france.id, kind: .memberOf, target: union.id, evidence: [evidence]),
        Relation(source: germany.id, kind: .memberOf, target: union.id),
        Relation(source: macron.id, kind: .holdsOffice, target: france.id, attributes: ["role": "President"]),
        Relation(source: germany.id, kind: .alliedWith, target: france.id),
      ])
  }
}

extension RelationshipGraph {
  /// Whether the graph holds a relation between the entities with these names.
  func has(_ source: String, _ kind: RelationKind, _ target: String) -> Bool {
    guard let from = try? entity(named: source), let to = try? entity(named: target) else { return false }
    return relation(from: from.id, kind, to: to.id) != nil
  }

  func names(of kind: Entity.Kind) -> Set<String> {
    Set(entities.values.filter { $0.kind == kind }.map(\.name))
  }
}
