import Foundation
import RelGraphTestSupport
import Testing

@testable import RelGraph

@Suite struct NodeLinkJSONTests {
  @Test("A graph survives writing and reading back unchanged")
  func roundTrip() throws {
    let graph = try Fixtures.longArticleGraph()
    let decoded = try NodeLinkJSON.decode(NodeLinkJSON.encode(graph))
    #expect(decoded == graph)
    #expect(NodeLinkJSON.encode(decoded) == NodeLinkJSON.encode(graph))
  }

  @Test("Written in pieces, the JSON is the same bytes, whatever the pieces' size", arguments: [1, 7, 100, 1 << 20])
  func pieces(size: Int) throws {
    let graph = try Fixtures.longArticleGraph()
    var joined: [UInt8] = []
    var count = 0
    NodeLinkJSON.encode(graph, inPiecesOf: size) { piece in
      joined.append(contentsOf: piece)
      count += 1
    }
    #expect(joined == NodeLinkJSON.encodedBytes(graph))
    #expect(size > joined.count ? count == 1 : count > 1)
  }

  @Test("Attributes are written among the fixed fields where their keys sort")
  func attributeOrder() throws {
    let iran = Entity(name: "Iran", kind: .country, attributes: ["abc": "1", "date": "2", "zeta": "3"])
    let bolivia = Entity(name: "Bolivia", kind: .country)
    let relation = Relation(
      source: iran.id, kind: .supplies, target: bolivia.id, attributes: ["date": "2023", "role": "x", "zz": "y"],
      items: ["drones"], rules: ["sale-word"])
    let text = String(
      decoding: NodeLinkJSON.encode(try RelationshipGraph(entities: [iran, bolivia], relations: [relation])),
      as: UTF8.self)
    #expect(
      text.contains(
        #"{"abc":"1","aliases":[],"date":"2","id":"country:iran","kind":"country","name":"Iran","zeta":"3"}"#))
    #expect(
      text.contains(
        #"{"confidence":1,"date":"2023","evidence":[],"items":["drones"],"key":"supplies","kind":"supplies","role":"x","rule":"sale-word","source":"country:iran","target":"country:bolivia","zz":"y"}"#
      ))
  }

  @Test(
    "networkx loads the JSON with the same nodes and edges",
    .enabled(if: Python.has("networkx"), "needs python3 with networkx (pip install networkx)"))
  func networkxLoads() throws {
    let graph = try Fixtures.longArticleGraph()
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-nx-\(UUID()).json")
    try NodeLinkJSON.encode(graph).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
      import json, sys, networkx
      g = networkx.node_link_graph(json.load(open(sys.argv[1])), edges="edges")
      print(g.number_of_nodes(), g.number_of_edges(), g.nodes["country:iran"]["name"])
      """
    let run = try Python.run(script, arguments: [file.path])
    #expect(run.status == 0)
    #expect(
      run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        == "\(graph.entities.count) \(graph.relations.count) Iran")
  }

  @Test("Malformed JSON gets an error that says what is wrong")
  func malformed() {
    #expect {
      try NodeLinkJSON.decode(Data(#"{"nodes": [{"id": "x"}], "edges": []}"#.utf8))
    } throws: { error in
      (error as? GraphError)?.description.contains("missing field 'kind'") == true
    }
    #expect {
      try NodeLinkJSON.decode(Data(#"{"nodes": [], "edges": [{"source": "a", "target": "b", "kind": "met"}]}"#.utf8))
    } throws: { error in
      error as? GraphError == .missingEndpoint("a")
    }
  }

  @Test("networkx's older 'links' key is read too")
  func linksKey() throws {
    let json =
      #"{"nodes": [{"id": "a", "kind": "country"}, {"id": "b", "kind": "country"}], "links": [{"source": "a", "target": "b", "kind": "allied_with"}]}"#
    let graph = try NodeLinkJSON.decode(Data(json.utf8))
    #expect(graph.relations.count == 1)
    #expect(graph.entities["a"]?.name == "a")
  }

  @Test("Escapes, surrogate pairs, numeric ids and unknown fields are read")
  func escapesAndForeignShapes() throws {
    let json =
      #"{"nodes": [{"id": 7, "kind": "person", "name": "A \"q\" \u00e9 \ud83d\ude00 \\ \/", "x": [1, {"y": null}], "role": "envoy"},"#
      + #" {"id": "b", "kind": "country"}], "edges": [{"source": 7, "target": "b", "kind": "holds_office", "confidence": 2.5e-1, "weight": true}]}"#
    let graph = try NodeLinkJSON.decode(Data(json.utf8))
    let person = try #require(graph.entities["7"])
    #expect(person.name == "A \"q\" é 😀 \\ /")
    #expect(person.attributes == ["role": "envoy"])
    #expect(graph.relations.first?.confidence == 0.25)
  }

  @Test(
    "Broken JSON is refused with the place of the problem",
    arguments: [
      (#"{"nodes": [}"#, "expected '{' at byte 11, found '}'"),
      (#"{"nodes": []} trailing"#, "expected the end of the file at byte 14"),
      (#"{"nodes": [{"id": "a", "kind": "planet"}]}"#, "unknown kind 'planet' at nodes[0]"),
      (
        #"{"nodes": [{"id": "a", "kind": "country"}], "edges": [{"source": "a", "target": "a"}]}"#,
        "missing field 'kind' at edges[0]"
      ),
      (#"{"edges": []}"#, "missing field 'nodes'"),
      (#"{"nodes": [{"id": "a"#, "expected the end of a string"),
      ("\u{0}\u{1}", "expected '{' at byte 0, found byte 0x00"),
    ])
  func brokenJSON(json: String, message: String) {
    #expect {
      try NodeLinkJSON.decode(Data(json.utf8))
    } throws: { error in
      (error as? GraphError)?.description.contains(message) == true
    }
  }
}
