@_exported import Graphviz
import RelGraph

extension RelationshipGraph {
  /// Draws the graph with Graphviz, in process.
  ///
  /// - Parameters:
  ///   - format: The output format.
  ///   - engine: The layout engine; `nil` picks one by size (``LayoutChoice``).
  ///   - writer: The DOT writer, for its name and legend settings. Engines other than `dot` get
  ///     straight edges, which they lay out many times faster. The legend is laid out on its own
  ///     and drawn as one block below the drawing, whatever the engine.
  /// - Returns: The bytes of the drawing.
  /// - Throws: ``GraphvizError`` with Graphviz's own message.
  public func rendered(
    as format: OutputFormat = .svg, engine: LayoutEngine? = nil, writer: DOTWriter = DOTWriter()
  ) throws(GraphvizError) -> [UInt8] {
    let chosen = engine ?? LayoutChoice.engine(forNodes: entities.count, relations: relations.count)
    var writer = writer
    if chosen != .dot { writer.routesEdgesAroundNodes = false }
    let legend = writer.includesLegend ? writer.legendGraph(for: self) : nil
    writer.includesLegend = false
    return try Renderer().render(dot: writer.dot(for: self), engine: chosen, format: format, legend: legend)
  }
}
