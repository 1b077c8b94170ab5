import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Where Graphviz drew each node of an SVG drawing: the bounds of its shape, which hold its
/// text, or for a node drawn as text alone (`shape=plaintext`), the text's estimated bounds.
public struct SVGGeometry {
  /// A rectangle in SVG coordinates (y grows downwards).
  public struct Box: Equatable, Sendable, CustomStringConvertible {
    public var minX, minY, maxX, maxY: Double

    public func intersects(_ other: Box) -> Bool {
      minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    public func union(_ other: Box) -> Box {
      Box(
        minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX),
        maxY: max(maxY, other.maxY))
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
    public var description: String { "(\(Int(minX)), \(Int(minY)))–(\(Int(maxX)), \(Int(maxY)))" }
  }

  /// Each node's name (its SVG `<title>`) and box, in drawing order.
  public let nodes: [(name: String, box: Box)]
  /// Each edge's ends, from its SVG `<title>` ("a->b"), in drawing order.
  public let edges: [(source: String, target: String)]
  /// The whole picture: the graph's background polygon (its bounding box and margin).
  public let picture: Box?

  /// Reads the nodes of `svg`; `nil` when it is not well-formed XML.
  public init?(svg: Data) {
    let reader = NodeReader()
    guard XMLCheck.error(parsing: svg, delegate: reader) == nil else { return nil }
    nodes = reader.nodes
    picture = reader.picture
    edges = reader.edgeTitles.compactMap { title in
      title.range(of: "->").map { (String(title[..<$0.lowerBound]), String(title[$0.upperBound...])) }
    }
  }

  /// The pairs of nodes whose boxes intersect.
  public func overlappingPairs() -> [(String, String)] {
    let sorted = nodes.sorted { $0.box.minX < $1.box.minX }
    var pairs: [(String, String)] = []
    for (index, node) in sorted.enumerated() {
      for other in sorted[(index + 1)...] {
        if other.box.minX >= node.box.maxX { break }
        if node.box.intersects(other.box) { pairs.append((node.name, other.name)) }
      }
    }
    return pairs
  }

  /// The smallest box holding the nodes whose names satisfy `isIncluded`, if any do.
  public func bounds(of isIncluded: (String) -> Bool) -> Box? {
    nodes.filter { isIncluded($0.name) }.map(\.box).reduce(nil) { $0?.union($1) ?? $1 }
  }
}

/// Collects the shapes and text of each `<g class="node …">` group.
private final class NodeReader: NSObject, XMLParserDelegate {
  /// Helvetica's average advance is about half its size; 0.6 errs on the large side.
  private static let averageCharacterWidth = 0.6

  var nodes: [(name: String, box: SVGGeometry.Box)] = []
  var edgeTitles: [String] = []
  var picture: SVGGeometry.Box?
  private var isInEdge = false
  private var isInGraph = false
  private var depthInNode = 0
  private var name = ""
  private var shapes: SVGGeometry.Box?
  private var texts: SVGGeometry.Box?
  private var element = ""
  private var text = ""
  private var textAttributes: [String: String] = [:]

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    element = elementName
    if depthInNode == 0 {
      let classes = (attributes["class"] ?? "").split(separator: " ")
      if elementName == "g", classes.contains("edge") { isInEdge = true }
      if elementName == "g", classes.contains("graph") { isInGraph = true }
      if isInGraph, picture == nil, elementName == "polygon" {
        picture = Self.box(ofPoints: attributes["points"] ?? "")
        isInGraph = false
      }
      if elementName == "title" { text = "" }
      if elementName == "g", classes.contains("node") {
        depthInNode = 1
        (name, shapes, texts) = ("", nil, nil)
      }
      return
    }
    if elementName == "g" { depthInNode += 1 }
    switch elementName {
    case "title", "text": text = ""
    case "polygon", "polyline": add(shape: Self.box(ofPoints: attributes["points"] ?? ""))
    case "ellipse":
      let (cx, cy, rx, ry) = (
        number(attributes["cx"]), number(attributes["cy"]), number(attributes["rx"]), number(attributes["ry"])
      )
      add(shape: SVGGeometry.Box(minX: cx - rx, minY: cy - ry, maxX: cx + rx, maxY: cy + ry))
    default: break
    }
    if elementName == "text" { textAttributes = attributes }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if depthInNode > 0 || isInEdge { text += string }
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    if isInEdge, elementName == "title" {
      edgeTitles.append(text)
      isInEdge = false
    }
    guard depthInNode > 0 else { return }
    switch elementName {
    case "title": name = text
    case "text": addText()
    case "g":
      depthInNode -= 1
      if depthInNode == 0, let box = shapes ?? texts { nodes.append((name, box)) }
    default: break
    }
  }

  private func add(shape: SVGGeometry.Box?) {
    guard let shape else { return }
    shapes = shapes?.union(shape) ?? shape
  }

  private func addText() {
    let (x, y, size) = (number(textAttributes["x"]), number(textAttributes["y"]), number(textAttributes["font-size"]))
    let width = Double(text.count) * size * Self.averageCharacterWidth
    let minX =
      switch textAttributes["text-anchor"] {
      case "start": x
      case "end": x - width
      default: x - width / 2
      }
    let box = SVGGeometry.Box(minX: minX, minY: y - size, maxX: minX + width, maxY: y + size / 4)
    texts = texts?.union(box) ?? box
  }

  private func number(_ text: String?) -> Double { text.flatMap(Double.init) ?? 0 }

  private static func box(ofPoints points: String) -> SVGGeometry.Box? {
    let pairs = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
      .filter { $0.count == 2 }
    guard let first = pairs.first else { return nil }
    return pairs.reduce(SVGGeometry.Box(minX: first[0], minY: first[1], maxX: first[0], maxY: first[1])) {
      $0.union(SVGGeometry.Box(minX: $1[0], minY: $1[1], maxX: $1[0], maxY: $1[1]))
    }
  }
}
