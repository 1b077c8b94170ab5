import ArgumentParser
import Foundation
import RelGraph

/// Times neighbor queries in process on a loaded graph and prints the percentiles.
struct QueryLatency: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query-latency", abstract: "Time in-process neighbor queries; print p50 and p99 in microseconds.")

  @Argument(help: "A node-link .json graph.")
  var graph: String

  @Option(help: "How many queries, on entities picked at random.")
  var queries = 10_000

  func run() throws {
    let graph = try GraphFile.load(graph)
    let ids = graph.entities.keys.sorted()
    var generator = SplitMix64(seed: 7)
    var micros: [Double] = []
    micros.reserveCapacity(queries)
    for _ in 0..<queries {
      let id = ids[Int(generator.next() % UInt64(ids.count))]
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try graph.neighbors(of: id)
      micros.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    micros.sort()
    func percentile(_ p: Double) -> Double { micros[min(micros.count - 1, Int(Double(micros.count) * p))] }
    print(String(format: "p50_us=%.1f p99_us=%.1f queries=%d", percentile(0.5), percentile(0.99), queries))
  }
}
