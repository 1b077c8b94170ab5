import ArgumentParser
import Foundation
import RelGraph

/// The one graph a query command asks about: a node-link `.json` graph or article text.
struct GraphInputOption: ParsableArguments {
  @Argument(help: ArgumentHelp("A node-link .json graph or article text file; '-' reads standard input.", valueName: "input"))
  var input: String

  /// Reads the graph, extracting it first when the input is text.
  func graph() async throws -> RelationshipGraph {
    try await InputLoader.graph(from: [input])
  }

  /// The entities named `names` and the part of the graph that queries about them to `depth`
  /// hops need. A node-link .json file is read through ``NodeLinkJSON/Index``, so that of a large
  /// graph only the relations near the entities are read in full.
  func reach(of names: [String], depth: Int, kinds: Set<RelationKind> = []) async throws -> (entities: [Entity], graph: RelationshipGraph) {
    guard input.lowercased().hasSuffix(".json") else {
      let graph = try await graph()
      return (try names.map { name throws in try graph.entity(named: name) }, graph)
    }
    let bytes = try InputLoader.read(input)
    let index: NodeLinkJSON.Index
    do {
      index = try NodeLinkJSON.Index(bytes)
    } catch {
      throw CLIError.unreadable(input, error)
    }
    let entities = try names.map { name throws in try index.entities.entity(named: name) }
    do {
      return (entities, try index.reach(of: entities.map(\.id), depth: depth, kinds: kinds))
    } catch {
      throw CLIError.unreadable(input, error)
    }
  }
}
