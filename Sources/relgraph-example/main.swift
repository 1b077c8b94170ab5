// The README's "From Swift" example, built with the package so that it keeps compiling, and run
// by the tests in a folder holding an article.txt. The README shows this file from its first import on.
import Foundation
import RelGraph
import RelGraphRendering

let data = try Data(contentsOf: URL(fileURLWithPath: "article.txt"))
let document = try TextDocument(name: "article.txt", bytes: Array(data))
let graph = Extractor().extract(document)
let bolivia = try graph.entity(named: "La Paz")
for neighbor in try graph.neighbors(of: bolivia.id, kinds: [.supplies]) {
  print(neighbor.entity.name, neighbor.relations.flatMap(\.evidence).map(\.sentence))
}
let svg = try graph.neighborhood(of: bolivia.id).rendered(as: .svg)  // Graphviz, in process
let dot = DOTWriter().dot(for: graph)
try NodeLinkJSON.encode(graph).write(to: URL(fileURLWithPath: "archive.json"))

// A large saved graph, without reading every relation in full:
let index = try NodeLinkJSON.Index(Data(contentsOf: URL(fileURLWithPath: "archive.json")))
let center = try index.entities.entity(named: "Bolivia")
let near = try index.reach(of: [center.id], depth: 2).neighbors(of: center.id, depth: 2)
print("\(near.count) entities within 2 hops of \(center.name); SVG \(svg.count) bytes, DOT \(dot.count) characters")
