import ArgumentParser
import Foundation
import RelGraph

/// Times writing a loaded graph as DOT, in process.
struct DOTExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dot-export", abstract: "Time DOT export of a graph in process; print edges per second.")

  @Argument(help: "A node-link .json graph.")
  var graph: String

  func run() throws {
    let graph = try GraphFile.load(graph)
    let start = DispatchTime.now().uptimeNanoseconds
    let bytes = DOTWriter().utf8(for: graph)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "edges=%d seconds=%.3f edges_per_s=%.0f bytes=%d", graph.relations.count, seconds,
      Double(graph.relations.count) / seconds, bytes.count))
  }
}
