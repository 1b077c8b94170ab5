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

  /// The day the relation's date begins and the day it ends, as GEXF's `date` time format wants
  /// them: "2023" spans 2023-01-01 to 2023-12-31, "2023-07" the month, "2023-07-20" the day;
  /// `nil` for no date or one that is not `YYYY[-MM[-DD]]`.
  var dateSpan: (start: String, end: String)? {
    let parts = date.split(separator: "-").map(String.init)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
    guard parts.count > 1 else { return ("\(parts[0])-01-01", "\(parts[0])-12-31") }
    guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    guard parts.count > 2 else { return ("\(parts[0])-\(parts[1])-01", "\(parts[0])-\(parts[1])-\(days)") }
    guard parts[2].count == 2, let day = Int(parts[2]), (1...days).contains(day) else { return nil }
    return (date, date)
  }
}
