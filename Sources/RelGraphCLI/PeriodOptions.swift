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

  var period: Period { Period(since: since, until: until, datedOnly: datedOnly) }

  func validate() throws { try period.validate() }

  func apply(to graph: RelationshipGraph) -> RelationshipGraph { period.apply(to: graph) }
}

/// A period as the command line gives it: either end open (`nil`), each `YYYY[-MM[-DD]]`.
struct Period {
  var since: String?
  var until: String?
  var datedOnly = false

  /// Fails for a date that is not `YYYY[-MM[-DD]]`, or a start after the end; `names` are the
  /// options that give the two ends, for the message.
  func validate(names: (since: String, until: String) = ("--since", "--until")) throws {
    for (name, value) in [(names.since, since), (names.until, until)] {
      if let value, DateSpan(value) == nil {
        throw ValidationError("\(name) '\(value)' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD.")
      }
    }
    if let start = since.flatMap(DateSpan.init), let end = until.flatMap(DateSpan.init), start.start > end.end {
      throw ValidationError("\(names.since) \(since!) comes after \(names.until) \(until!).")
    }
  }

  /// `graph` with the relations of the period (``RelationshipGraph/relations(since:until:datedOnly:)``),
  /// or as it is when the period is open at both ends and not dated only.
  func apply(to graph: RelationshipGraph) -> RelationshipGraph {
    guard since != nil || until != nil || datedOnly else { return graph }
    return graph.relations(
      since: since.flatMap(DateSpan.init), until: until.flatMap(DateSpan.init), datedOnly: datedOnly)
  }
}
