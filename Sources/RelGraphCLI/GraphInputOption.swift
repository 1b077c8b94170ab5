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
}
