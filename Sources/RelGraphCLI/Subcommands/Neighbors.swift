import ArgumentParser
import Foundation
import RelGraph

extension RelGraphCommand {
  struct Neighbors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the entities linked to one entity, with the relations and evidence that link them.")

    @OptionGroup var source: GraphInputOption

    @Argument(help: "The entity to look up: an id, name or alias, for example \"La Paz\".")
    var entity: String

    @Option(help: "How many hops to follow.")
    var depth: Int = 1

    @Option(
      name: .customLong("relation"),
      help: ArgumentHelp("Follow only relations of this kind (repeatable).", valueName: "kind"))
    var relations: [RelationKind] = []

    @Option(help: "Follow relations going out, in, or both.")
    var direction: Direction = .both

    @Flag(help: "Print the evidence sentences under each relation.")
    var evidence = false

    @Flag(help: "Write JSON, with the evidence, instead of text.")
    var json = false

    @OptionGroup var period: PeriodOptions

    func validate() throws {
      guard depth >= 1 else { throw ValidationError("--depth must be at least 1, not \(depth).") }
    }

    func run() async throws {
      let (named, reached) = try await source.reach(of: [entity], depth: depth, kinds: Set(relations))
      let graph = period.apply(to: reached)
      let center = named[0]
      let found = try graph.neighbors(of: center.id, depth: depth, kinds: Set(relations), direction: direction)
      if json {
        try StandardOutput.write(try JSONOutput.encode(found.map { NeighborRecord($0, in: graph) }))
        return
      }
      var text = TextOutput()
      text.line("\(center.name) [\(center.id)]: \(found.count) neighbor\(found.count == 1 ? "" : "s")")
      for neighbor in found {
        let links = neighbor.relations.map { RelationText.describe($0, in: graph) }
        text.line(
          "  \(neighbor.depth)  \(neighbor.entity.name) [\(neighbor.entity.kind.rawValue)]  "
            + links.joined(separator: "; "))
        guard evidence else { continue }
        for relation in neighbor.relations {
          for item in relation.evidence {
            text.line(
              "       \(relation.kind.rawValue): “\(item.sentence)” (\(item.document) \(item.start)–\(item.end), rule \(relation.rules))"
            )
          }
        }
      }
      try text.write()
    }
  }
}

/// A neighbor as `relgraph neighbors --json` writes it.
struct NeighborRecord: Encodable {
  var id: String
  var name: String
  var kind: String
  var depth: Int
  var relations: [RelationRecord]

  init(_ neighbor: Neighbor, in graph: RelationshipGraph) {
    id = neighbor.entity.id.rawValue
    name = neighbor.entity.name
    kind = neighbor.entity.kind.rawValue
    depth = neighbor.depth
    relations = neighbor.relations.map(RelationRecord.init)
  }
}

/// A relation as the query commands write it in JSON.
struct RelationRecord: Encodable {
  var source: String
  var kind: String
  var target: String
  var attributes: [String: String]
  var items: [String]
  var confidence: Double
  var rule: String
  var evidence: [Evidence]

  init(_ relation: Relation) {
    source = relation.source.rawValue
    kind = relation.kind.rawValue
    target = relation.target.rawValue
    attributes = relation.attributes
    items = relation.items
    confidence = relation.confidence
    rule = relation.rules.description
    evidence = relation.evidence
  }
}

/// One-line descriptions of relations: "Iran supplies Bolivia".
enum RelationText {
  static func describe(_ relation: Relation, in graph: RelationshipGraph) -> String {
    let name = { (id: EntityID) in graph.entities[id]?.name ?? id.rawValue }
    return "\(name(relation.source)) \(relation.kind.rawValue) \(name(relation.target))"
  }
}
