import Testing

@testable import RelGraph

@Suite struct GraphDifferenceTests {
  @Test("The difference lists what only one graph has; the combined graph marks changed relations")
  func difference() throws {
    var old = RelationshipGraph()
    var new = RelationshipGraph()
    for name in ["Chile", "Peru"] { old.add(Entity(name: name, kind: .country)) }
    for name in ["Chile", "Bolivia"] { new.add(Entity(name: name, kind: .country)) }
    new.add(Entity(name: "Peru", kind: .country))
    try old.add(Relation(source: "country:chile", kind: .supplies, target: "country:peru"))
    try old.add(Relation(source: "country:chile", kind: .alliedWith, target: "country:peru"))
    try new.add(Relation(source: "country:chile", kind: .alliedWith, target: "country:peru"))
    try new.add(Relation(source: "country:bolivia", kind: .opposes, target: "country:chile"))
    let difference = GraphDifference(from: old, to: new)
    #expect(difference.addedEntities.map(\.name) == ["Bolivia"] && difference.removedEntities.isEmpty)
    #expect(difference.addedRelations.map(\.kind) == [.opposes])
    #expect(difference.removedRelations.map(\.kind) == [.supplies])
    let combined = difference.combined(old: old, new: new)
    let changes = Dictionary(uniqueKeysWithValues: combined.relations.map { ($0.kind, $0.attributes["change"] ?? "") })
    #expect(changes == [.opposes: "added", .supplies: "removed", .alliedWith: ""])
    let dot = DOTWriter(mergesParallelEdges: false).dot(for: combined)
    #expect(dot.contains("color=\"#1a9850\"") && dot.contains("style=dashed, class=\"supplies\""))
    #expect(GraphDifference(from: new, to: new).isEmpty)
  }
}
