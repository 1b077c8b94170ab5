/// Writes a graph as GEXF 1.3, for Gephi: declared node and edge attributes, and each dated
/// relation's time span (`start`, `end`) so that Gephi's timeline can play the graph.
public enum GEXFWriter {
  private static let nodeAttributes: [(id: String, type: String)] = [("kind", "string"), ("aliases", "liststring")]
  private static let edgeAttributes: [(id: String, type: String)] = [
    ("kind", "string"), ("role", "string"), ("date", "string"), ("items", "liststring"), ("confidence", "double"),
    ("rule", "string"), ("evidence_count", "integer"), ("evidence", "string"), ("documents", "liststring"),
  ]

  /// The GEXF 1.3 document of `graph`, modified on `date` (`YYYY-MM-DD`). Relations whose date
  /// reads as `YYYY[-MM[-DD]]` span that year, month or day; the others have no time and are
  /// present throughout. List attributes are written `[a, b]`, as Gephi reads them.
  public static func gexf(for graph: RelationshipGraph, modified date: String) -> String {
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
        + #" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
      #"  <meta lastmodifieddate="\#(XMLText.escaped(date))">"#,
      "    <creator>relgraph</creator>",
      "    <description>Relations between countries, people, organizations and agreements, with their evidence</description>",
      "  </meta>",
      #"  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">"#,
      #"    <attributes class="node">"#,
    ]
    for attribute in nodeAttributes {
      lines.append(#"      <attribute id="\#(attribute.id)" title="\#(attribute.id)" type="\#(attribute.type)"/>"#)
    }
    lines += ["    </attributes>", #"    <attributes class="edge">"#]
    for attribute in edgeAttributes {
      lines.append(#"      <attribute id="\#(attribute.id)" title="\#(attribute.id)" type="\#(attribute.type)"/>"#)
    }
    lines += ["    </attributes>", "    <nodes>"]
    for entity in graph.sortedEntities {
      lines.append(
        #"      <node id="\#(XMLText.escaped(entity.id.rawValue))" label="\#(XMLText.escaped(entity.name))">"#)
      lines.append("        <attvalues>")
      lines.append(value("kind", entity.kind.rawValue))
      if !entity.aliases.isEmpty { lines.append(value("aliases", list(entity.aliases))) }
      lines += ["        </attvalues>", "      </node>"]
    }
    lines += ["    </nodes>", "    <edges>"]
    for (number, relation) in graph.sortedRelations.enumerated() {
      let fields = ExportedRelation(relation: relation)
      let span = fields.dateSpan.map { #" start="\#($0.start)" end="\#($0.end)""# } ?? ""
      lines.append(
        #"      <edge id="\#(number)" source="\#(XMLText.escaped(relation.source.rawValue))" target="\#(XMLText.escaped(relation.target.rawValue))" label="\#(fields.kind)"\#(span)>"#
      )
      lines.append("        <attvalues>")
      lines.append(value("kind", fields.kind))
      if !fields.role.isEmpty { lines.append(value("role", fields.role)) }
      if !fields.date.isEmpty { lines.append(value("date", fields.date)) }
      if !relation.items.isEmpty { lines.append(value("items", list(relation.items))) }
      lines.append(value("confidence", "\(relation.confidence)"))
      lines.append(value("rule", fields.rule))
      lines.append(value("evidence_count", "\(fields.evidenceCount)"))
      lines.append(value("evidence", fields.firstEvidence))
      lines.append(value("documents", list(fields.documents)))
      lines += ["        </attvalues>", "      </edge>"]
    }
    lines += ["    </edges>", "  </graph>", "</gexf>"]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func value(_ attribute: String, _ value: String) -> String {
    #"          <attvalue for="\#(attribute)" value="\#(XMLText.escaped(value))"/>"#
  }

  /// A list as GEXF's list types write it: `[a, b]`.
  private static func list(_ values: [String]) -> String { "[" + values.joined(separator: ", ") + "]" }
}
