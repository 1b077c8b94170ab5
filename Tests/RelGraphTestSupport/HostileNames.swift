import RelGraph

/// Names built to break naive DOT writers.
public enum HostileNames {
  public static let names = [
    #"Say "hi""#, #"back\slash"#, #"\N"#, #"\G\E\T\L"#, "<b>bold</b>", "<script>alert(1)</script>",
    "port:name", "a:b:c", "2023MoU", "42", "graph", "node", "edge", "subgraph", "strict", "digraph",
    "{braces}", "semi;colon", "two\nlines", "tab\there", "&amp; ampersand", "trailing\\",
  ]

  public static func graph() throws -> RelationshipGraph {
    let entities = names.enumerated().map { index, name in
      Entity(name: name, kind: Entity.Kind.allCases[index % 4], aliases: [name + " alias"])
    }
    let relations = zip(entities, entities.dropFirst()).map { a, b in
      Relation(
        source: a.id, kind: .supports, target: b.id,
        evidence: [Evidence(document: "<doc>", sentence: "\"\(a.name)\" backs \\\(b.name)", start: 0, end: 1)])
    }
    return try RelationshipGraph(entities: entities, relations: relations)
  }
}
