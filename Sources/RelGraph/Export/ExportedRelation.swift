/// The fields of a relation that the table-shaped exports (GraphML, GEXF, CSV) write, each a
/// column of its own.
struct ExportedRelation {
  let relation: Relation

  var kind: String { relation.kind.rawValue }
  var role: String { relation.attributes["role"] ?? "" }
  var date: String { relation.attributes["date"] ?? "" }
  /// The items supplied, joined by ``listSeparator``.
  var items: String { relation.items.joined(separator: Self.listSeparator) }
  var rule: String { relation.rules.description }
  var evidenceCount: Int { relation.evidence.count }
  /// The first supporting sentence.
  var firstEvidence: String { relation.evidence.first?.sentence ?? "" }
  /// The documents of the evidence, each once, in the evidence's order.
  var documents: [String] {
    var seen: Set<String> = []
    return relation.evidence.map(\.document).filter { seen.insert($0).inserted }
  }

  /// How lists (aliases, items, documents) are joined in one field of GraphML and CSV: the array delimiter
  /// `neo4j-admin database import` expects.
  static let listSeparator = ";"

  /// The days the relation's date covers (see ``DateSpan``); `nil` for none or one that is not
  /// `YYYY[-MM[-DD]]`.
  var dateSpan: DateSpan? { DateSpan(date) }
}
