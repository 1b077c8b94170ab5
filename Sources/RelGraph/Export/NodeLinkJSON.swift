import Foundation

/// Reads and writes graphs as node-link JSON, the shape networkx's `node_link_data` writes.
///
/// ```json
/// {"directed": true, "multigraph": true, "graph": {},
///  "nodes": [{"id": "country:iran", "name": "Iran", "kind": "country", "aliases": ["Tehran"]}],
///  "edges": [{"source": "country:iran", "target": "country:bolivia", "key": "supplies",
///             "kind": "supplies", "items": ["drones"], "confidence": 1, "rule": "supply-verb",
///             "evidence": [{"document": "a.txt", "sentence": "…", "start": 10, "end": 80}]}]}
/// ```
/// Entity and relation attributes (`role`, `date`, …) are written as fields of their own.
/// networkx loads it with `networkx.node_link_graph(data, edges="edges")`; "links" is read too.
public enum NodeLinkJSON {
  /// The JSON text of `graph`, with sorted keys, entities and relations in a stable order.
  public static func encode(_ graph: RelationshipGraph) -> Data {
    let document = Document(
      nodes: graph.sortedEntities.map(Node.init), edges: graph.sortedRelations.map(Edge.init))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, numbers and arrays cannot fail.
    return try! encoder.encode(document)
  }

  /// Reads a graph written by ``encode(_:)`` or by networkx.
  ///
  /// - Throws: ``GraphError/invalidGraphJSON(detail:)`` naming what is wrong.
  public static func decode(_ data: Data) throws(GraphError) -> RelationshipGraph {
    let document: Document
    do {
      document = try JSONDecoder().decode(Document.self, from: data)
    } catch let error as DecodingError {
      throw .invalidGraphJSON(detail: error.readableDescription)
    } catch {
      throw .invalidGraphJSON(detail: "\(error)")
    }
    return try RelationshipGraph(entities: document.nodes.map(\.entity), relations: document.edges.map(\.relation))
  }
}

extension NodeLinkJSON {
  fileprivate struct Document: Codable {
    var directed = true
    var multigraph = true
    var graph: [String: String] = [:]
    var nodes: [Node]
    var edges: [Edge]

    enum CodingKeys: String, CodingKey { case directed, multigraph, graph, nodes, edges, links }

    init(nodes: [Node], edges: [Edge]) {
      self.nodes = nodes
      self.edges = edges
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      nodes = try container.decode([Node].self, forKey: .nodes)
      edges = try container.decodeIfPresent([Edge].self, forKey: .edges)
        ?? container.decodeIfPresent([Edge].self, forKey: .links) ?? []
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(directed, forKey: .directed)
      try container.encode(multigraph, forKey: .multigraph)
      try container.encode(graph, forKey: .graph)
      try container.encode(nodes, forKey: .nodes)
      try container.encode(edges, forKey: .edges)
    }
  }

  fileprivate struct Node: Codable {
    var entity: Entity

    init(_ entity: Entity) { self.entity = entity }

    private static let fields: Set<String> = ["id", "name", "kind", "aliases"]

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: AnyKey.self)
      let id = try container.decode(String.self, forKey: AnyKey("id"))
      let name = try container.decodeIfPresent(String.self, forKey: AnyKey("name")) ?? id
      let kind = try container.decode(Entity.Kind.self, forKey: AnyKey("kind"))
      let aliases = try container.decodeIfPresent([String].self, forKey: AnyKey("aliases")) ?? []
      let attributes = container.stringFields(excluding: Self.fields)
      entity = Entity(id: EntityID(id), name: name, kind: kind, aliases: aliases, attributes: attributes)
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: AnyKey.self)
      for (key, value) in entity.attributes where !Self.fields.contains(key) {
        try container.encode(value, forKey: AnyKey(key))
      }
      try container.encode(entity.id, forKey: AnyKey("id"))
      try container.encode(entity.name, forKey: AnyKey("name"))
      try container.encode(entity.kind, forKey: AnyKey("kind"))
      try container.encode(entity.aliases, forKey: AnyKey("aliases"))
    }
  }

  fileprivate struct Edge: Codable {
    var relation: Relation

    init(_ relation: Relation) { self.relation = relation }

    private static let fields: Set<String> = [
      "source", "target", "key", "kind", "items", "confidence", "rule", "evidence",
    ]

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: AnyKey.self)
      let attributes = container.stringFields(excluding: Self.fields)
      relation = Relation(
        source: try container.decode(EntityID.self, forKey: AnyKey("source")),
        kind: try container.decode(RelationKind.self, forKey: AnyKey("kind")),
        target: try container.decode(EntityID.self, forKey: AnyKey("target")),
        attributes: attributes,
        items: try container.decodeIfPresent([String].self, forKey: AnyKey("items")) ?? [],
        confidence: try container.decodeIfPresent(Double.self, forKey: AnyKey("confidence")) ?? 1,
        rule: try container.decodeIfPresent(String.self, forKey: AnyKey("rule")) ?? "",
        evidence: try container.decodeIfPresent([Evidence].self, forKey: AnyKey("evidence")) ?? [])
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: AnyKey.self)
      for (key, value) in relation.attributes where !Self.fields.contains(key) {
        try container.encode(value, forKey: AnyKey(key))
      }
      try container.encode(relation.source, forKey: AnyKey("source"))
      try container.encode(relation.target, forKey: AnyKey("target"))
      try container.encode(relation.kind.rawValue, forKey: AnyKey("key"))
      try container.encode(relation.kind, forKey: AnyKey("kind"))
      if !relation.items.isEmpty { try container.encode(relation.items, forKey: AnyKey("items")) }
      try container.encode(relation.confidence, forKey: AnyKey("confidence"))
      try container.encode(relation.rule, forKey: AnyKey("rule"))
      try container.encode(relation.evidence, forKey: AnyKey("evidence"))
    }
  }

  /// A coding key for fields known only at run time.
  fileprivate struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}

extension KeyedDecodingContainer where Key == NodeLinkJSON.AnyKey {
  /// The fields not in `known` whose values are strings: the entity's or relation's attributes.
  fileprivate func stringFields(excluding known: Set<String>) -> [String: String] {
    var fields: [String: String] = [:]
    for key in allKeys where !known.contains(key.stringValue) {
      if let value = try? decode(String.self, forKey: key) { fields[key.stringValue] = value }
    }
    return fields
  }
}

extension DecodingError {
  /// "missing field 'kind' at nodes[3]" rather than Foundation's debug dump.
  fileprivate var readableDescription: String {
    func path(_ context: Context) -> String {
      let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      return parts.isEmpty ? "the top level" : String(parts.drop { $0 == "." })
    }
    switch self {
    case .keyNotFound(let key, let context): return "missing field '\(key.stringValue)' at \(path(context))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "\(context.debugDescription) at \(path(context))"
    case .dataCorrupted(let context):
      let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
      return (underlying ?? context.debugDescription) + (context.codingPath.isEmpty ? "" : " at \(path(context))")
    @unknown default: return "\(self)"
    }
  }
}
