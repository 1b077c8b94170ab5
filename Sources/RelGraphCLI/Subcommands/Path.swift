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
      let (source, target, found, graph) = try await self.source.path(from: from, to: to)
      guard let path = found else {
        throw CLIError(description: "no path between '\(source.name)' and '\(target.name)'")
      }
      if json {
        try StandardOutput.write(try JSONOutput.encode(path.map(RelationRecord.init)))
        return
      }
      var text = TextOutput()
      text.line("\(source.name) → \(target.name): \(path.count) hop\(path.count == 1 ? "" : "s")")
      for relation in path { text.line("  " + RelationText.describe(relation, in: graph)) }
      try text.write()
    }
  }
}
