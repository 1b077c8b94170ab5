import ArgumentParser
import Foundation
import Graphviz
import RelGraph
import RelGraphRendering

extension RelGraphCommand {
  struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the entities and relations added and removed from one graph to another.",
      discussion: """
        OLD and NEW are node-link .json graphs or article text, or one graph twice with a period \
        for each side (--old-since … --new-until). With -o and an image extension, draws both \
        graphs in one, added relations green and removed ones red and dashed.
        """)

    @Argument(help: ArgumentHelp("The earlier graph or article text.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later graph or article text.", valueName: "new"))
    var new: String

    @Option(help: ArgumentHelp("Keep OLD's relations dated on or after this date.", valueName: "date"))
    var oldSince: String?
    @Option(help: ArgumentHelp("Keep OLD's relations dated on or before this date.", valueName: "date"))
    var oldUntil: String?
    @Option(help: ArgumentHelp("Keep NEW's relations dated on or after this date.", valueName: "date"))
    var newSince: String?
    @Option(help: ArgumentHelp("Keep NEW's relations dated on or before this date.", valueName: "date"))
    var newUntil: String?

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @OptionGroup var format: InputFormatOption
    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
      try periodOfOld.validate(names: ("--old-since", "--old-until"))
      try periodOfNew.validate(names: ("--new-since", "--new-until"))
      if json, let path = output.output, Render.suffix(of: path).flatMap(OutputFormat.init(rawValue:)) != nil {
        throw ValidationError("--json writes text; -o '\(path)' names a drawing.")
      }
      try output.validate(against: [old, new])
    }

    private var periodOfOld: Period { Period(since: oldSince, until: oldUntil) }
    private var periodOfNew: Period { Period(since: newSince, until: newUntil) }

    func run() async throws {
      let extractor = try knowledge.extractor()
      let before = periodOfOld.apply(
        to: try await InputLoader.graph(from: [old], format: format.inputFormat, extractor: extractor))
      let after = periodOfNew.apply(
        to: try await InputLoader.graph(from: [new], format: format.inputFormat, extractor: extractor))
      let difference = GraphDifference(from: before, to: after)
      if let path = output.output, let drawing = Render.suffix(of: path).flatMap(OutputFormat.init(rawValue:)) {
        do {
          // Each relation its own edge, so that an added one beside an unchanged one shows.
          let writer = DOTWriter(mergesParallelEdges: false)
          try output.write(try difference.combined(old: before, new: after).rendered(as: drawing, writer: writer))
        } catch let error as GraphvizError {
          throw CLIError(description: "Unable to render: \(error)")
        }
        return
      }
      if json {
        try output.write(try JSONOutput.encode(DifferenceRecord(difference, old: before, new: after)))
        return
      }
      var text = TextOutput()
      func count(_ number: Int, _ noun: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? noun : plural)"
      }
      text.line(
        "\(count(difference.addedEntities.count, "entity", "entities")) and "
          + "\(count(difference.addedRelations.count, "relation", "relations")) added, "
          + "\(count(difference.removedEntities.count, "entity", "entities")) and "
          + "\(count(difference.removedRelations.count, "relation", "relations")) removed")
      for entity in difference.addedEntities { text.line("+ \(entity.name) [\(entity.id)]") }
      for entity in difference.removedEntities { text.line("- \(entity.name) [\(entity.id)]") }
      for relation in difference.addedRelations { text.line("+ " + RelationText.describe(relation, in: after)) }
      for relation in difference.removedRelations { text.line("- " + RelationText.describe(relation, in: before)) }
      try output.write(Array(text.text.utf8))
    }
  }
}

/// The JSON `relgraph diff --json` writes.
struct DifferenceRecord: Encodable {
  struct Side: Encodable {
    var entities: [String]
    var relations: [String]
  }
  var added: Side
  var removed: Side

  init(_ difference: GraphDifference, old: RelationshipGraph, new: RelationshipGraph) {
    added = Side(
      entities: difference.addedEntities.map(\.id.rawValue),
      relations: difference.addedRelations.map { RelationText.describe($0, in: new) })
    removed = Side(
      entities: difference.removedEntities.map(\.id.rawValue),
      relations: difference.removedRelations.map { RelationText.describe($0, in: old) })
  }
}
