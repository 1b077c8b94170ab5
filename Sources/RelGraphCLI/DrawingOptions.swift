import ArgumentParser
import RelGraph

/// What part of a graph to draw: one entity's neighborhood, some relation kinds, sure relations.
struct DrawingOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Draw only this entity and its neighbors (an id, name or alias).", valueName: "entity"))
  var focus: String?

  @Option(help: "How many hops around --focus to draw.")
  var depth: Int = 1

  @Option(
    name: .customLong("relation"),
    help: ArgumentHelp("Draw only relations of this kind (repeatable).", valueName: "kind"))
  var relations: [RelationKind] = []

  @Option(help: ArgumentHelp("Draw only relations at least this confident (0 to 1).", valueName: "value"))
  var minConfidence: Double = 0

  @Option(help: ArgumentHelp("Draw only relations supported by at least this many sentences.", valueName: "count"))
  var minSupport: Int = 1

  @Option(help: ArgumentHelp("Draw only the N most connected entities and the relations among them.", valueName: "n"))
  var top: Int?

  @Flag(help: "Also draw entities that take part in no relation.")
  var showUnlinked = false

  @Flag(help: "Draw each relation as an edge of its own, not one edge per pair of entities.")
  var noMergeEdges = false

  @OptionGroup var period: PeriodOptions

  /// The DOT writer these options call for.
  var writer: DOTWriter { DOTWriter(includesUnlinkedEntities: showUnlinked, mergesParallelEdges: !noMergeEdges) }

  func validate() throws {
    guard depth >= 1 else { throw ValidationError("--depth must be at least 1, not \(depth).") }
    guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1.") }
    guard minSupport >= 1 else { throw ValidationError("--min-support must be at least 1, not \(minSupport).") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top).") }
  }

  /// The relations of `graph` these options keep: of the kinds asked for, at least as confident
  /// and as supported as asked, of the period asked for; with `--top`, only those among the most
  /// connected entities.
  func filter(_ graph: RelationshipGraph) -> RelationshipGraph {
    let kinds = Set(relations)
    let kept = period.apply(
      to: graph.filtered {
        $0.confidence >= minConfidence && $0.evidence.count >= minSupport && (kinds.isEmpty || kinds.contains($0.kind))
      })
    guard let top else { return kept }
    let chosen = Set(kept.mostConnected(top))
    return kept.filtered { chosen.contains($0.source) && chosen.contains($0.target) }
  }

  /// The part of `input`'s graph to draw.
  ///
  /// With `--focus` on one node-link .json file, only the relations near the focus are read in
  /// full, through ``NodeLinkJSON/Index``: the drawing is the same as from the whole graph.
  func graph(from input: InputOptions) async throws -> RelationshipGraph {
    let paths = try InputLoader.expandingFolders(input.paths())
    guard let focus, paths.count == 1, let index = try InputLoader.index(of: paths[0], format: input.format.inputFormat)
    else {
      return try apply(to: await input.graph())
    }
    let id = try index.entities.entity(named: focus).id
    // A neighborhood of `depth` hops holds relations of entities up to `depth` hops away, no further.
    let near = try InputLoader.reading(paths[0]) { () throws(GraphError) in
      try index.reach(of: [id], depth: depth + 1, kinds: Set(relations))
    }
    return try apply(to: near)
  }

  /// The part of `graph` to draw: ``filter(_:)``, then the neighborhood of `--focus`.
  func apply(to graph: RelationshipGraph) throws -> RelationshipGraph {
    let result = filter(graph)
    guard let focus else { return result }
    return try result.neighborhood(of: result.entity(named: focus).id, depth: depth)
  }
}

extension RelationKind: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
