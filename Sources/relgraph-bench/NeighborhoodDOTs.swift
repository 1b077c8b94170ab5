import ArgumentParser
import Foundation
import RelGraph

/// Writes the DOT of each entity's neighborhood, exactly as `relgraph render --each-entity` draws
/// it, so that spawning `dot -Tsvg` on each file can be timed against rendering in process.
struct NeighborhoodDOTs: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "neighborhood-dots", abstract: "Write one DOT file per entity's neighborhood into a folder.")

  @Argument(help: "A node-link .json graph.")
  var graph: String

  @Argument(help: "The folder to write into.")
  var folder: String

  @Option(help: "Hops around each entity.")
  var depth = 1

  func run() throws {
    let graph = try GraphFile.load(graph)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (index, entity) in graph.sortedEntities.enumerated() {
      let text = DOTWriter().dot(for: try graph.neighborhood(of: entity.id, depth: depth))
      try text.write(toFile: "\(folder)/\(index).dot", atomically: false, encoding: .utf8)
    }
  }
}
