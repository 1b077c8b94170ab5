import ArgumentParser
import RelGraph

/// The period a command keeps relations of: `--since`, `--until` and `--dated-only`.
struct PeriodOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Keep relations dated on or after this day, month or year (2023, 2023-07, 2023-07-20).", valueName: "date"))
  var since: String?

  @Option(help: ArgumentHelp("Keep relations dated on or before this day, month or year.", valueName: "date"))
  var until: String?

  @Flag(help: "Keep dated relations only; without it, undated lasting ties (alliances, offices, …) are kept.")
  var datedOnly = false

  func validate() throws {
    for (name, value) in [("--since", since), ("--until", until)] {
      if let value, DateSpan(value) == nil {
        throw ValidationError("\(name) '\(value)' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD.")
      }
    }
    if let since = since.flatMap(DateSpan.init), let until = until.flatMap(DateSpan.init), since.start > until.end {
      throw ValidationError("--since \(self.since!) comes after --until \(self.until!).")
    }
  }

  /// `graph` with the relations of the period (``RelationshipGraph/relations(since:until:datedOnly:)``),
  /// or as it is when no option is given.
  func apply(to graph: RelationshipGraph) -> RelationshipGraph {
    guard since != nil || until != nil || datedOnly else { return graph }
    return graph.relations(
      since: since.flatMap(DateSpan.init), until: until.flatMap(DateSpan.init), datedOnly: datedOnly)
  }
}
