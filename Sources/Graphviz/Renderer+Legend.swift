import CGraphviz

extension Renderer {
  /// The space between a drawing and its legend, in points.
  static let legendGap = 18.0

  /// `legend` parsed and laid out with `dot`, its positions written as attributes
  /// (`attach_attrs`) and its layout freed; the caller closes it (`agclose`).
  ///
  /// The legend is laid out on its own so that its entries keep their rows whatever engine
  /// draws the graph.
  static func laidOutLegend(_ legend: String, in gvc: OpaquePointer) throws(GraphvizError)
    -> UnsafeMutablePointer<Agraph_t>
  {
    guard let legendGraph = agmemread(legend) else {
      throw .invalidDOT(detail: GraphvizMessages.summary(or: "no legend graph in the input"))
    }
    guard gvLayout(gvc, legendGraph, LayoutEngine.dot.rawValue) == 0 else {
      agclose(legendGraph)
      throw .layoutFailed(engine: LayoutEngine.dot.rawValue, detail: GraphvizMessages.summary(or: "no detail given"))
    }
    attach_attrs(legendGraph)
    gvFreeLayout(gvc, legendGraph)
    return legendGraph
  }

  /// Adds the nodes of `legendGraph` (from ``laidOutLegend(_:in:)``) to `graph`, which an
  /// engine has laid out, as one block below the drawing's lower-left corner, then lays `graph`
  /// out again with `nop2`, which keeps every position and edge route as they are. The legend's
  /// edges only order its rows and are not copied.
  ///
  /// The corresponding Graphviz calls are `attach_attrs` (which writes the computed positions
  /// as `pos` attributes), `agnode`, `agsafeset` and `gvLayout` with the `nop2` layout.
  static func pin(
    _ legendGraph: UnsafeMutablePointer<Agraph_t>, below graph: UnsafeMutablePointer<Agraph_t>,
    in gvc: OpaquePointer
  ) throws(GraphvizError) {
    attach_attrs(graph)
    gvFreeLayout(gvc, graph)
    let drawing = BoundingBox(attribute(graph, "bb") ?? "")
    let block = BoundingBox(attribute(legendGraph, "bb") ?? "")
    let shiftX = drawing.minX - block.minX
    let shiftY = drawing.minY - legendGap - block.maxY
    copyNodes(of: legendGraph, into: graph, shiftedBy: (shiftX, shiftY))
    let whole = drawing.union(block.offset(by: (shiftX, shiftY)))
    setAttribute(graph, "bb", whole.description)
    guard gvLayout(gvc, graph, "nop2") == 0 else {
      throw .layoutFailed(engine: "nop2", detail: GraphvizMessages.summary(or: "no detail given"))
    }
  }

  /// Adds every node of `source`, with all its attributes, to `target`, its `pos` moved by `shift`.
  private static func copyNodes(
    of source: UnsafeMutablePointer<Agraph_t>, into target: UnsafeMutablePointer<Agraph_t>,
    shiftedBy shift: (x: Double, y: Double)
  ) {
    var node = agfstnode(source)
    while let current = node {
      let copy = agnode(target, agnameof(current), 1)!
      var symbol = agnxtattr(source, Int32(AGNODE), nil)
      while let attribute = symbol {
        if let value = agxget(current, attribute) {
          let name = String(cString: attribute.pointee.name)
          let text = name == "pos" ? shifted(String(cString: value), by: shift) : String(cString: value)
          setAttribute(copy, name, text)
        }
        symbol = agnxtattr(source, Int32(AGNODE), attribute)
      }
      node = agnxtnode(source, current)
    }
  }

  /// A `pos` value "x,y" moved by `shift`.
  private static func shifted(_ position: String, by shift: (x: Double, y: Double)) -> String {
    let numbers = position.split(separator: ",").compactMap { Double($0) }
    guard numbers.count == 2 else { return position }
    return "\(numbers[0] + shift.x),\(numbers[1] + shift.y)"
  }
}

/// A Graphviz bounding box, "llx,lly,urx,ury" in points.
private struct BoundingBox: CustomStringConvertible {
  var minX: Double, minY: Double, maxX: Double, maxY: Double

  init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
  }

  /// The box a `bb` attribute gives; an empty box at the origin if it gives none.
  init(_ attribute: String) {
    let numbers = attribute.split(separator: ",").compactMap { Double($0) }
    guard numbers.count == 4 else {
      self.init(minX: 0, minY: 0, maxX: 0, maxY: 0)
      return
    }
    self.init(minX: numbers[0], minY: numbers[1], maxX: numbers[2], maxY: numbers[3])
  }

  var description: String { "\(minX),\(minY),\(maxX),\(maxY)" }

  func offset(by shift: (x: Double, y: Double)) -> BoundingBox {
    BoundingBox(minX: minX + shift.x, minY: minY + shift.y, maxX: maxX + shift.x, maxY: maxY + shift.y)
  }

  func union(_ other: BoundingBox) -> BoundingBox {
    BoundingBox(
      minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX),
      maxY: max(maxY, other.maxY))
  }
}
