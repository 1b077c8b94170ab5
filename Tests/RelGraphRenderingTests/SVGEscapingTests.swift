import Foundation
import Graphviz
import RelGraph
import RelGraphRendering
import RelGraphTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct SVGEscapingTests {
  @Test("Hostile names parse back through cgraph: one node each, no warning")
  func parsesBack() throws {
    let graph = try HostileNames.graph()
    let (nodes, warnings) = try Renderer().parseNodes(dot: DOTWriter(includesLegend: false).dot(for: graph))
    #expect(nodes.count == HostileNames.names.count)
    #expect(Set(nodes.map(\.name)) == Set(graph.entities.keys.map(\.rawValue)))
    #expect(warnings.isEmpty)
    // cgraph keeps the escapes that Graphviz expands at drawing time: doubled backslashes, \n.
    let labels = Set(
      nodes.compactMap(\.label).map {
        $0.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\\", with: "\\")
          .replacingOccurrences(of: "&amp;", with: "&")
      })
    #expect(labels == Set(HostileNames.names.map { $0.replacingOccurrences(of: "\t", with: " ") }))
  }

  @Test("The SVG of hostile names is well-formed XML, names each one once, and holds no element from a name")
  func svgIsSafe() throws {
    let graph = try HostileNames.graph()
    let (svg, warnings) = try Renderer().renderReportingWarnings(dot: DOTWriter().dot(for: graph), format: .svg)
    #expect(warnings.isEmpty)
    let collector = SVGCollector()
    let error = XMLCheck.error(parsing: Data(svg), delegate: collector)
    #expect(error == nil, "SVG is not well-formed: \(String(describing: error))")
    let svgElements: Set<String> = [
      "svg", "g", "title", "polygon", "path", "ellipse", "text", "a", "polyline", "defs", "style",
    ]
    #expect(
      collector.elements.isSubset(of: svgElements),
      "unexpected elements: \(collector.elements.subtracting(svgElements))")
    for name in HostileNames.names where !name.contains("\n") {
      let shown = name.replacingOccurrences(of: "\t", with: " ")
      #expect(collector.texts.filter { $0 == shown }.count == 1, "'\(shown)' is not shown exactly once")
    }
  }
}

extension SVGEscapingTests {
  @Test(
    "Character references and control characters in a sentence leave the SVG well-formed",
    arguments: [
      "Chile &#1; sold copper to Peru.", "Chile &#xD800; sold copper to Peru.",
      "Chile \u{1} sold &amp; copper to Peru.",
    ])
  func characterReferences(sentence: String) throws {
    let graph = Extractor().extract(try TextDocument(name: "t.txt", text: sentence))
    #expect(!graph.relations.isEmpty)
    let error = XMLCheck.error(parsing: Data(try graph.rendered(as: .svg)))
    #expect(error == nil, "SVG is not well-formed: \(String(describing: error))")
  }
}

/// Collects element names and text nodes of an XML document.
final class SVGCollector: NSObject, XMLParserDelegate {
  var elements: Set<String> = []
  var texts: [String] = []
  private var current = ""
  private var inText = false

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.insert(name)
    if name == "text" {
      inText = true
      current = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "text" {
      texts.append(current)
      inText = false
    }
  }
}
