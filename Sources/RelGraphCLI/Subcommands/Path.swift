import ArgumentParser
import Foundation
import RelGraph

extension RelGraphCommand {
  struct Path: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find the shortest chain of relations between two entities, following relations either way.")

    @OptionGroup var source: GraphInputOption

    @Argument(help: "Where the path starts: an id, name or alias.")
    var from: String

    @Argument(help: "Where the path ends: an id, name or alias.")
    var to: String

    @Flag(help: "Write JSON instead of text.")
    var json = false

    func run() async throws {
      let graph = try await source.graph()
      let source = try graph.entity(named: from)
      let target = try graph.entity(named: to)
      guard let path = try graph.path(from: source.id, to: target.id) else {
        throw CLIError(description: "no path between '\(source.name)' and '\(target.name)'")
      }
      if json {
        FileHandle.standardOutput.write(try JSONOutput.encode(path.map(RelationRecord.init)))
        return
      }
      print("\(source.name) → \(target.name): \(path.count) hop\(path.count == 1 ? "" : "s")")
      for relation in path { print("  " + RelationText.describe(relation, in: graph)) }
    }
  }
}
