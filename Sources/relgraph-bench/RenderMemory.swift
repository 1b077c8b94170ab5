import ArgumentParser
import Foundation
import Graphviz
import RelGraph
import RelGraphRendering

/// Renders one graph many times in this process and reports the resident memory as it goes.
struct RenderMemory: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render-memory", abstract: "Render a graph N times in process; print RSS at checkpoints.")

  @Argument(help: "A node-link .json graph, or a .dot file rendered as it is.")
  var graph: String

  @Option(help: "How many renders.")
  var count = 1000

  func run() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: graph))
    // A graph is drawn as `relgraph render` draws it, its legend placed in a second layout pass.
    let render: () throws -> [UInt8]
    if graph.hasSuffix(".dot") {
      let dot = String(decoding: data, as: UTF8.self)
      render = { try Renderer().render(dot: dot, engine: .dot, format: .svg) }
    } else {
      let decoded = try NodeLinkJSON.decode(data)
      render = { try decoded.rendered(as: .svg, engine: .dot) }
    }
    let checkpoints: Set<Int> = [1, 10, 100, 1000, 10_000, count]
    let start = Date()
    for index in 1...count {
      _ = try render()
      if checkpoints.contains(index) {
        print(
          "renders=\(index) rss_kb=\(ResidentMemory.kilobytes) seconds=\(String(format: "%.2f", Date().timeIntervalSince(start)))"
        )
      }
    }
  }
}

/// The process's resident set size, from /proc/self/status.
enum ResidentMemory {
  static var kilobytes: Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
    else { return -1 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
  }
}
