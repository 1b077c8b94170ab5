import ArgumentParser
import Foundation
import RelGraph

/// Times writing a loaded graph as DOT, in process.
struct DOTExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dot-export", abstract: "Time DOT export of a graph in process; print the median edges per second.")

  @Argument(help: "A node-link .json graph.")
  var graph: String

  @Option(help: "How many exports to time; the median is printed.")
  var runs = 5

  func run() throws {
    let graph = try GraphFile.load(graph)
    var samples: [Double] = []
    var size = 0
    for _ in 0..<max(runs, 1) {
      let start = DispatchTime.now().uptimeNanoseconds
      size = DOTWriter().utf8(for: graph).count
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let seconds = samples.sorted()[samples.count / 2]
    print(
      String(
        format: "edges=%d seconds=%.3f edges_per_s=%.0f bytes=%d runs=%d", graph.relations.count, seconds,
        Double(graph.relations.count) / seconds, size, samples.count))
  }
}
