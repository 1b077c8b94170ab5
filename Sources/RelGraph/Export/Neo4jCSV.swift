/// Writes a graph as the two files `neo4j-admin database import` reads: `nodes.csv` and
/// `relationships.csv`, with its header conventions (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
/// `:TYPE`, typed columns such as `confidence:double`, arrays split on `;`).
public enum Neo4jCSV {
  /// The text of `nodes.csv`: one row per entity, labelled by its kind (`Country`, `Person`, …).
  public static func nodes(of graph: RelationshipGraph) -> String {
    var rows = [row(["id:ID", "name", "kind", "aliases:string[]", ":LABEL"])]
    for entity in graph.sortedEntities {
      rows.append(
        row([
          entity.id.rawValue, entity.name, entity.kind.rawValue,
          entity.aliases.joined(separator: ExportedRelation.listSeparator), label(of: entity.kind),
        ]))
    }
    return rows.joined()
  }

  /// The text of `relationships.csv`: one row per relation, its type the kind in capitals
  /// (`SUPPLIES`), with role, date, items, confidence, rule, evidence count, first sentence and
  /// documents.
  public static func relationships(of graph: RelationshipGraph) -> String {
    var rows = [
      row([
        ":START_ID", ":END_ID", ":TYPE", "role", "date", "items:string[]", "confidence:double", "rule",
        "evidence_count:int", "evidence", "documents:string[]",
      ])
    ]
    for relation in graph.sortedRelations {
      let fields = ExportedRelation(relation: relation)
      rows.append(
        row([
          relation.source.rawValue, relation.target.rawValue, fields.kind.uppercased(), fields.role, fields.date,
          fields.items, "\(relation.confidence)", fields.rule, "\(fields.evidenceCount)", fields.firstEvidence,
          fields.documents.joined(separator: ExportedRelation.listSeparator),
        ]))
    }
    return rows.joined()
  }

  /// An entity kind as a node label: "country" is `Country`.
  static func label(of kind: Entity.Kind) -> String { kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() }

  /// One CSV row: every field quoted, quotes doubled (RFC 4180), so that commas, quotes and line
  /// breaks in names and sentences stay inside their field; characters no text may hold become
  /// U+FFFD, as in the XML exports.
  private static func row(_ fields: [String]) -> String {
    fields.map { field in
      let clean = String(
        String.UnicodeScalarView(
          field.unicodeScalars.map { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) ? "\u{FFFD}" : $0 }))
      return "\"" + clean.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }.joined(separator: ",") + "\n"
  }
}
