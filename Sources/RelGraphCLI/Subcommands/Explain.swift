import ArgumentParser
import Foundation
import RelGraph

extension RelGraphCommand {
  struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show every relation between two entities, with its evidence and the rule that found it.")

    @OptionGroup var source: GraphInputOption

    @Argument(help: "One entity: an id, name or alias.")
    var first: String

    @Argument(help: "The other entity.")
    var second: String

    @Flag(help: "Write JSON instead of text.")
    var json = false

    func run() async throws {
      let (named, graph) = try await source.reach(of: [first, second], depth: 1)
      let (a, b) = (named[0], named[1])
      let found = try graph.relations(between: a.id, and: b.id)
      if json {
        try StandardOutput.write(try JSONOutput.encode(found.map(RelationRecord.init)))
        return
      }
      var text = TextOutput()
      text.line("\(a.name) — \(b.name): \(found.count) relation\(found.count == 1 ? "" : "s")")
      for relation in found {
        var facts = ["confidence \(relation.confidence)", "rule \(relation.rules)"]
        facts += relation.attributes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        if !relation.items.isEmpty { facts.append("items " + relation.items.joined(separator: ", ")) }
        text.line("  \(RelationText.describe(relation, in: graph))  (\(facts.joined(separator: "; ")))")
        for evidence in relation.evidence {
          text.line("    “\(evidence.sentence)” (\(evidence.document) \(evidence.start)–\(evidence.end))")
        }
      }
      try text.write()
    }
  }
}
