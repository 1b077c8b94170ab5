import ArgumentParser
import Foundation
import Graphviz
import RelGraph
import RelGraphRendering

/// Times `dot` and `sfdp` on random relation graphs of growing size, to place the engine threshold.
struct LayoutCost: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "layout-cost", abstract: "Time dot and sfdp on random graphs with N nodes and 2N labelled edges.")

  @Option(parsing: .upToNextOption, help: "Node counts to try.")
  var nodes: [Int] = [20, 40, 60, 80, 120, 200]

  @Option(parsing: .upToNextOption, help: "Engines to time.")
  var engines: [LayoutEngine] = [.dot, .sfdp]

  @Option(help: "Give up on an engine for larger sizes once one layout takes longer than this many seconds.")
  var limit: Double = 20

  func run() throws {
    print("nodes edges engine seconds")
    var skipped: Set<LayoutEngine> = []
    for count in nodes {
      let graph = SyntheticGraph.make(nodes: count, edges: 2 * count)
      for engine in engines where !skipped.contains(engine) {
        let start = Date()
        _ = try graph.rendered(as: .svg, engine: engine)
        let seconds = Date().timeIntervalSince(start)
        print("\(count) \(2 * count) \(engine.rawValue) \(String(format: "%.3f", seconds))")
        fflush(nil)
        if seconds > limit { skipped.insert(engine) }
      }
    }
  }
}

extension LayoutEngine: ExpressibleByArgument {}
