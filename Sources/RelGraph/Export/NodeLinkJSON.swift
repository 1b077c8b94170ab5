import Foundation

/// Reads and writes graphs as node-link JSON, the shape networkx's `node_link_data` writes.
///
/// ```json
/// {"directed":true,"edges":[{"confidence":0.9,"evidence":[{"document":"a.txt","end":80,
///  "sentence":"…","start":10}],"items":["drones"],"key":"supplies","kind":"supplies",
///  "rule":"sale-word","source":"country:iran","target":"country:bolivia"}],"graph":{},
///  "multigraph":true,"nodes":[{"aliases":["Tehran"],"id":"country:iran","kind":"country","name":"Iran"}]}
/// ```
/// Keys are sorted; entity and relation attributes (`role`, `date`, …) are fields of their own.
/// networkx loads it with `networkx.node_link_graph(data, edges="edges")`; "links" is read too.
///
/// Both directions work on bytes directly (`JSONScanner`, `JSONWriter`), not through
/// `Codable`: a graph of a million relations loads in seconds rather than minutes.
public enum NodeLinkJSON {
  /// The JSON text of `graph`, with sorted keys, entities and relations in a stable order.
  public static func encode(_ graph: RelationshipGraph) -> Data { Data(encodedBytes(graph)) }

  /// The bytes of ``encode(_:)``, for callers that write them out and need no `Data`, which is
  /// a copy of them: a large graph's JSON is hundreds of megabytes.
  public static func encodedBytes(_ graph: RelationshipGraph) -> [UInt8] {
    var writer = JSONWriter(capacity: estimatedSize(of: graph))
    write(graph, with: &writer)
    return writer.bytes
  }

  /// The bytes of ``encode(_:)``, handed to `handOn` in pieces of about `pieceSize` bytes as they
  /// are written: the JSON of a large graph is never held whole, and no buffer of its size is made.
  public static func encode(
    _ graph: RelationshipGraph, inPiecesOf pieceSize: Int = 1 << 20, handOn: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    withoutActuallyEscaping(handOn) { handOn in
      var writer = JSONWriter(pieceSize: pieceSize, handOn: handOn)
      write(graph, with: &writer)
      writer.handOnRest()
    }
  }

  private static func write(_ graph: RelationshipGraph, with writer: inout JSONWriter) {
    writer.object { object in
      object.field("directed") { $0.raw("true") }
      // Relations are written where they lie, in key order: a sorted copy retained every field of each.
      object.field("edges") { writer in
        writer.array(RelationOrder(graph).entries) { writeEdge(graph.relations[$1.relation], to: &$0) }
      }
      object.field("graph") { $0.raw("{}") }
      object.field("multigraph") { $0.raw("true") }
      object.field("nodes") { writer in writer.array(graph.sortedEntities) { writeNode($1, to: &$0) } }
    }
  }

  /// About how many bytes ``encode(_:)`` writes, so that its buffer is made once: growing it by
  /// doubling copied a large graph's JSON several times over.
  private static func estimatedSize(of graph: RelationshipGraph) -> Int {
    let evidence = graph.relations.reduce(0) { total, relation in
      relation.evidence.reduce(total) { $0 + $1.sentence.utf8.count + $1.document.utf8.count + 60 }
    }
    return evidence + graph.relations.count * 200 + graph.entities.count * 150
  }

  /// Reads a graph written by ``encode(_:)`` or by networkx.
  ///
  /// - Throws: ``GraphError/invalidGraphJSON(detail:)`` naming what is wrong and where.
  public static func decode(_ data: Data) throws(GraphError) -> RelationshipGraph {
    let parsed = data.withUnsafeBytes { buffer in
      Result { () throws(GraphError) in
        var scanner = JSONScanner(buffer.bindMemory(to: UInt8.self))
        return try readDocument(&scanner) { scanner, index throws(GraphError) in try readEdge(&scanner, at: index) }
      }
    }
    let (entities, relations) = try parsed.get()
    var ids: Set<EntityID> = []
    for (index, entity) in entities.enumerated() where !ids.insert(entity.id).inserted {
      throw .invalidGraphJSON(detail: "duplicate node id '\(entity.id)' at nodes[\(index)]")
    }
    return try RelationshipGraph(entities: entities, relations: relations)
  }

  private static let nodeFields: Set<String> = ["id", "name", "kind", "aliases"]
  private static let edgeFields: Set<String> = [
    "source", "target", "key", "kind", "items", "confidence", "rule", "evidence",
  ]

  private static func writeNode(_ entity: Entity, to writer: inout JSONWriter) {
    writer.object(extras: entity.attributes.filter { !nodeFields.contains($0.key) }) { object in
      object.field("aliases") { $0.strings(entity.aliases) }
      object.field("id") { $0.string(entity.id.rawValue) }
      object.field("kind") { $0.string(entity.kind.rawValue) }
      object.field("name") { $0.string(entity.name) }
    }
  }

  private static func writeEdge(_ relation: Relation, to writer: inout JSONWriter) {
    writer.object(extras: relation.attributes.filter { !edgeFields.contains($0.key) }) { object in
      object.field("confidence") { $0.number(relation.confidence) }
      object.field("evidence") { writer in
        writer.array(relation.evidence) { writer, evidence in
          writer.object { object in
            object.field("document") { $0.string(evidence.document) }
            object.field("end") { $0.integer(evidence.end) }
            object.field("sentence") { $0.string(evidence.sentence) }
            object.field("start") { $0.integer(evidence.start) }
          }
        }
      }
      if !relation.items.isEmpty { object.field("items") { $0.strings(relation.items) } }
      object.field("key") { $0.string(relation.kind.rawValue) }
      object.field("kind") { $0.string(relation.kind.rawValue) }
      object.field("rule") { $0.string(relation.rules.description) }
      object.field("source") { $0.string(relation.source.rawValue) }
      object.field("target") { $0.string(relation.target.rawValue) }
    }
  }

  /// The nodes and edges of a node-link document, each edge read by `readEdge`.
  static func readDocument<Edge>(
    _ scanner: inout JSONScanner, readEdge: (inout JSONScanner, Int) throws(GraphError) -> Edge
  ) throws(GraphError) -> ([Entity], [Edge]) {
    var entities: [Entity]?
    var edges: [Edge] = []
    try scanner.object { scanner, key throws(GraphError) in
      switch key {
      case "nodes":
        entities = try scanner.array { scanner, index throws(GraphError) in try readNode(&scanner, at: index) }
      case "edges", "links": edges = try scanner.array(readEdge)
      default: try scanner.skipValue()
      }
    }
    try scanner.expectEnd()
    guard let entities else { throw .invalidGraphJSON(detail: "missing field 'nodes' at the top level") }
    return (entities, edges)
  }

  static func readNode(_ scanner: inout JSONScanner, at index: Int) throws(GraphError) -> Entity {
    var id: String?
    var name: String?
    var kind: String?
    var aliases: [String] = []
    var attributes: [String: String] = [:]
    try scanner.object { scanner, key throws(GraphError) in
      switch key {
      case "id": id = try scanner.scalarText()
      case "name": name = try scanner.string()
      case "kind", "type": kind = try scanner.string()
      case "aliases": aliases = try scanner.array { scanner, _ throws(GraphError) in try scanner.string() }
      default: if let value = try scanner.stringOrSkip() { attributes[key] = value }
      }
    }
    let place = "nodes[\(index)]"
    guard let id else { throw .invalidGraphJSON(detail: "missing field 'id' at \(place)") }
    guard let kind else { throw .invalidGraphJSON(detail: "missing field 'kind' at \(place)") }
    guard let entityKind = Entity.Kind(rawValue: kind) else {
      throw .invalidGraphJSON(
        detail: "unknown kind '\(kind)' at \(place); expected one of "
          + Entity.Kind.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return Entity(id: EntityID(id), name: name ?? id, kind: entityKind, aliases: aliases, attributes: attributes)
  }

  static func readEdge(_ scanner: inout JSONScanner, at index: Int) throws(GraphError) -> Relation {
    var source: String?
    var target: String?
    var kind: String?
    var rule = ""
    var items: [String] = []
    var confidence = 1.0
    var evidence: [Evidence] = []
    var attributes: [String: String] = [:]
    try scanner.object { scanner, key throws(GraphError) in
      switch key {
      case "source": source = try scanner.scalarText()
      case "target": target = try scanner.scalarText()
      case "kind", "type": kind = try scanner.string()
      case "key": try scanner.skipValue()
      case "rule": rule = try scanner.string()
      case "confidence": confidence = try scanner.fraction()
      case "items": items = try scanner.array { scanner, _ throws(GraphError) in try scanner.string() }
      case "evidence": evidence = try scanner.array { scanner, _ throws(GraphError) in try readEvidence(&scanner) }
      default: if let value = try scanner.stringOrSkip() { attributes[key] = value }
      }
    }
    let ends = try requiredEnds(source, kind, target, at: index)
    return Relation(
      source: EntityID(ends.source), kind: ends.kind, target: EntityID(ends.target), attributes: attributes,
      items: items,
      confidence: confidence, rules: RuleNames(commaSeparated: rule), evidence: evidence)
  }

  /// The ends and kind of `edges[index]`, which every edge must have.
  static func requiredEnds<End>(
    _ source: End?, _ kind: String?, _ target: End?, at index: Int
  ) throws(GraphError) -> (source: End, kind: RelationKind, target: End) {
    let place = "edges[\(index)]"
    guard let source else { throw .invalidGraphJSON(detail: "missing field 'source' at \(place)") }
    guard let target else { throw .invalidGraphJSON(detail: "missing field 'target' at \(place)") }
    guard let kind else { throw .invalidGraphJSON(detail: "missing field 'kind' at \(place)") }
    guard let relationKind = relationKinds[kind] else {
      throw .invalidGraphJSON(detail: "unknown relation kind '\(kind)' at \(place)")
    }
    return (source, relationKind, target)
  }

  /// The relation kinds by name, for reading a million of them quickly.
  private static let relationKinds = Dictionary(uniqueKeysWithValues: RelationKind.allCases.map { ($0.rawValue, $0) })

  private static func readEvidence(_ scanner: inout JSONScanner) throws(GraphError) -> Evidence {
    var evidence = Evidence(document: "", sentence: "", start: 0, end: 0)
    try scanner.object { scanner, key throws(GraphError) in
      switch key {
      case "document": evidence.document = try scanner.string()
      case "sentence": evidence.sentence = try scanner.string()
      case "start": evidence.start = try scanner.count()
      case "end": evidence.end = try scanner.count()
      default: try scanner.skipValue()
      }
    }
    guard evidence.start <= evidence.end else {
      throw .invalidGraphJSON(detail: "evidence ends at \(evidence.end), before its start \(evidence.start)")
    }
    return evidence
  }
}
