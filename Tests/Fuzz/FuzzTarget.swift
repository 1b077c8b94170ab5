import Foundation

// libFuzzer's entry point for relgraph's fuzz targets, compiled by Scripts/fuzz.sh into one
// module with the RelGraph and Graphviz sources. The target is chosen by the environment
// variable RELGRAPH_FUZZ_TARGET:
// - `extract`: the bytes as an article: text intake (UTF-8 checks, markup, segmenting) and
//   extraction, then the graph written as node-link JSON and read back;
// - `nodelink`: the bytes as a node-link JSON graph, and, when they are one, written and read again;
// - `dot`: each line of the bytes as an entity name; the DOT text written for them must parse
//   in cgraph to one node per entity.
// An input that is refused with an error is fine; a crash, a hang or a failed check is a finding.

private let target = ProcessInfo.processInfo.environment["RELGRAPH_FUZZ_TARGET"] ?? "extract"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(bytes: data, count: size)
  switch target {
  case "nodelink": fuzzNodeLink(bytes)
  case "dot": fuzzDOT(bytes)
  default: fuzzExtract(bytes)
  }
  return 0
}

private func fuzzExtract(_ bytes: Data) {
  guard let document = try? TextDocument(name: "fuzz.txt", bytes: bytes) else { return }
  let graph = Extractor().extract(document)
  let written = NodeLinkJSON.encode(graph)
  guard let back = try? NodeLinkJSON.decode(written) else { fatalError("an extracted graph does not read back") }
  guard back.entities.count == graph.entities.count else { fatalError("entities lost writing a graph") }
}

private func fuzzNodeLink(_ bytes: Data) {
  guard let graph = try? NodeLinkJSON.decode(bytes) else { return }
  guard let back = try? NodeLinkJSON.decode(NodeLinkJSON.encode(graph)) else {
    fatalError("a graph read from JSON does not read back once written")
  }
  guard back.entities.count == graph.entities.count, back.relations.count == graph.relations.count else {
    fatalError("entities or relations lost writing a graph read from JSON")
  }
}

private func fuzzDOT(_ bytes: Data) {
  guard let text = String(validating: bytes, as: UTF8.self) else { return }
  var graph = RelationshipGraph()
  for name in Set(text.split(separator: "\n").prefix(16).map(String.init)) where !name.isEmpty {
    graph.add(Entity(name: name, kind: .person))
  }
  let dot = DOTWriter(includesLegend: false).dot(for: graph)
  guard let parsed = try? Renderer().parseNodes(dot: dot) else { fatalError("cgraph refused relgraph's DOT") }
  guard parsed.nodes.count == graph.entities.count, parsed.warnings.isEmpty else {
    fatalError("cgraph read \(parsed.nodes.count) nodes for \(graph.entities.count) entities: \(parsed.warnings)")
  }
}
