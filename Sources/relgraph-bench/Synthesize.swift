import ArgumentParser
import Foundation
import RelGraph

/// Writes a random node-link graph, the input of the query and export benchmarks.
struct Synthesize: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Write a random node-link graph of the given size.")

  @Option(help: "Entities.")
  var nodes = 10_000

  @Option(help: "Relations.")
  var edges = 100_000

  @Option(name: [.short, .long], help: "The file to write.")
  var output: String

  func run() throws {
    let graph = SyntheticGraph.make(nodes: nodes, edges: edges)
    try NodeLinkJSON.encode(graph).write(to: URL(fileURLWithPath: output))
  }
}
