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

  /// The entity named `name` and the part of the graph a neighbor query about it to `depth` hops
  /// needs. A node-link .json file is read through ``NodeLinkJSON/Index``, so that of a large
  /// graph only the relations near the entity are read in full.
  func reach(of name: String, depth: Int, kinds: Set<RelationKind>) async throws -> (center: Entity, graph: RelationshipGraph) {
    guard input.lowercased().hasSuffix(".json") else {
      let graph = try await graph()
      return (try graph.entity(named: name), graph)
    }
    let bytes = try InputLoader.read(input)
    let index: NodeLinkJSON.Index
    do {
      index = try NodeLinkJSON.Index(bytes)
    } catch {
      throw CLIError.unreadable(input, error)
    }
    let center = try index.entities.entity(named: name)
    do {
      return (center, try index.reach(of: center.id, depth: depth, kinds: kinds))
    } catch {
      throw CLIError.unreadable(input, error)
    }
  }
}
