import ArgumentParser
import Foundation
import RelGraph

/// The one graph a query command asks about: a node-link `.json` graph or article text.
struct GraphInputOption: ParsableArguments {
  @Argument(
    help: ArgumentHelp("A node-link .json graph or article text file; '-' reads standard input.", valueName: "input"))
  var input: String

  @OptionGroup var format: InputFormatOption

  @OptionGroup var knowledge: KnowledgeOptions

  /// Reads the graph, extracting it first when the input is text.
  func graph() async throws -> RelationshipGraph {
    try await InputLoader.graph(from: [input], format: format.inputFormat, extractor: knowledge.extractor())
  }

  /// The entities named `names` and the part of the graph that queries about them to `depth`
  /// hops need. A node-link .json file is read through ``NodeLinkJSON/Index``, so that of a large
  /// graph only the relations near the entities are read in full.
  func reach(of names: [String], depth: Int, kinds: Set<RelationKind> = []) async throws -> (
    entities: [Entity], graph: RelationshipGraph
  ) {
    guard let index = try InputLoader.index(of: input, format: format.inputFormat) else {
      let graph = try await graph()
      return (try names.map { name throws in try graph.entity(named: name) }, graph)
    }
    let entities = try names.map { name throws in try index.entities.entity(named: name) }
    return (
      entities,
      try InputLoader.reading(input) { () throws(GraphError) in
        try index.reach(of: entities.map(\.id), depth: depth, kinds: kinds)
      }
    )
  }

  /// The entities named `first` and `second`, the shortest chain of relations between them (`nil`
  /// when there is none) and a graph holding it, read through the index for a .json file.
  func path(from first: String, to second: String) async throws -> (
    source: Entity, target: Entity, path: [Relation]?, graph: RelationshipGraph
  ) {
    guard let index = try InputLoader.index(of: input, format: format.inputFormat) else {
      let graph = try await graph()
      let (source, target) = (try graph.entity(named: first), try graph.entity(named: second))
      return (source, target, try graph.path(from: source.id, to: target.id), graph)
    }
    let (source, target) = (try index.entities.entity(named: first), try index.entities.entity(named: second))
    let found = try InputLoader.reading(input) { () throws(GraphError) in try index.path(from: source.id, to: target.id)
    }
    return (source, target, found?.relations, found?.graph ?? index.entities)
  }
}
