/// Writes a graph as GraphML, for yEd, Cytoscape, networkx (`read_graphml`) and igraph
/// (`Graph.Read_GraphML`): typed keys for every field, one `<edge>` per relation.
public enum GraphMLWriter {
  /// The keys: id, the element they describe, name and type.
  private static let keys: [(id: String, for: String, name: String, type: String)] = [
    ("n_name", "node", "name", "string"), ("n_kind", "node", "kind", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("e_kind", "edge", "kind", "string"), ("e_role", "edge", "role", "string"), ("e_date", "edge", "date", "string"),
    ("e_items", "edge", "items", "string"), ("e_confidence", "edge", "confidence", "double"),
    ("e_rule", "edge", "rule", "string"), ("e_evidence_count", "edge", "evidence_count", "int"),
    ("e_evidence", "edge", "evidence", "string"), ("e_documents", "edge", "documents", "string"),
  ]

  /// The GraphML document of `graph`: entities by kind and name, relations by source, kind and
  /// target; lists (aliases, items, documents) joined by `;`.
  public static func graphML(for graph: RelationshipGraph) -> String {
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
        + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
    ]
    for key in keys {
      lines.append(#"  <key id="\#(key.id)" for="\#(key.for)" attr.name="\#(key.name)" attr.type="\#(key.type)"/>"#)
    }
    lines.append(#"  <graph id="relgraph" edgedefault="directed">"#)
    for entity in graph.sortedEntities {
      lines.append(#"    <node id="\#(XMLText.escaped(entity.id.rawValue))">"#)
      lines.append(data("n_name", entity.name))
      lines.append(data("n_kind", entity.kind.rawValue))
      if !entity.aliases.isEmpty {
        lines.append(data("n_aliases", entity.aliases.joined(separator: ExportedRelation.listSeparator)))
      }
      lines.append("    </node>")
    }
    for (number, relation) in graph.sortedRelations.enumerated() {
      let fields = ExportedRelation(relation: relation)
      lines.append(
        #"    <edge id="e\#(number)" source="\#(XMLText.escaped(relation.source.rawValue))" target="\#(XMLText.escaped(relation.target.rawValue))">"#
      )
      lines.append(data("e_kind", fields.kind))
      for (key, value) in [("e_role", fields.role), ("e_date", fields.date), ("e_items", fields.items)]
      where !value.isEmpty {
        lines.append(data(key, value))
      }
      lines.append(data("e_confidence", "\(relation.confidence)"))
      lines.append(data("e_rule", fields.rule))
      lines.append(data("e_evidence_count", "\(fields.evidenceCount)"))
      lines.append(data("e_evidence", fields.firstEvidence))
      lines.append(data("e_documents", fields.documents.joined(separator: ExportedRelation.listSeparator)))
      lines.append("    </edge>")
    }
    lines += ["  </graph>", "</graphml>"]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func data(_ key: String, _ value: String) -> String {
    #"      <data key="\#(key)">\#(XMLText.escaped(value))</data>"#
  }
}
