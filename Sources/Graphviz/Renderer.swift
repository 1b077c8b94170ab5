import CGraphviz
import Synchronization

/// Lays out and renders DOT text with Graphviz's C library, in this process.
///
/// Graphviz keeps global state and is not thread-safe, even for reads, so every call takes one
/// process-wide lock; one Graphviz context is created on first use and reused for the life of
/// the process (each extra context leaks and trips a use-after-free in the pango plugin).
/// Every message Graphviz emits is captured and returned inside a ``GraphvizError``;
/// nothing is printed to stderr.
public struct Renderer: Sendable {
  private static let context = Mutex<OpaquePointer?>(nil)

  public init() {}

  /// Lays `dot` out with `engine` and returns the `format` output bytes.
  ///
  /// - Parameters:
  ///   - dot: The text of one DOT graph. Only the first graph of a longer text is used.
  ///   - engine: The layout program.
  ///   - format: The output format.
  ///   - legend: A second DOT graph, laid out with `dot` on its own and drawn as one block below
  ///     the lower-left corner of the drawing, whatever `engine` laid the drawing out.
  /// - Throws: ``GraphvizError`` naming what Graphviz rejected, with its message.
  ///
  /// The corresponding Graphviz calls are `agmemread`, `gvLayout` and `gvRenderData`.
  public func render(dot: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg, legend: String? = nil)
    throws(GraphvizError) -> [UInt8]
  {
    try renderReportingWarnings(dot: dot, engine: engine, format: format, legend: legend).output
  }

  /// ``render(dot:engine:format:)``, with the warnings Graphviz gave while doing it (taken in
  /// the same hold of the lock, so no other call's can mix in).
  public func renderReportingWarnings(
    dot: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg, legend: String? = nil
  ) throws(GraphvizError) -> (output: [UInt8], warnings: [String]) {
    try Self.context.withLock { context throws(GraphvizError) -> (output: [UInt8], warnings: [String]) in
      let gvc = try Self.sharedContext(in: &context)
      GraphvizMessages.reset()
      // Laid out first: a second layout between a graph's layout and its rendering corrupts it.
      let legendGraph = try legend.map { legend throws(GraphvizError) in try Self.laidOutLegend(legend, in: gvc) }
      defer { legendGraph.map { _ = agclose($0) } }
      guard let graph = agmemread(dot) else {
        throw .invalidDOT(detail: GraphvizMessages.summary(or: "no graph in the input"))
      }
      defer { agclose(graph) }

      guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
        let detail = GraphvizMessages.summary(or: "no detail given")
        if detail.hasSuffix("Use one of:") || detail.contains("Use one of:;") { throw .pluginsMissing }
        throw .layoutFailed(engine: engine.rawValue, detail: detail)
      }
      defer { gvFreeLayout(gvc, graph) }
      if let legendGraph { try Self.pin(legendGraph, below: graph, in: gvc) }

      var data: UnsafeMutablePointer<CChar>?
      var length: UInt32 = 0
      guard gvRenderData(gvc, graph, format.graphvizName, &data, &length) == 0, let data else {
        throw .renderFailed(
          format: format.rawValue, detail: GraphvizMessages.summary(or: "no renderer for it"))
      }
      defer { gvFreeRenderData(data) }
      return ([UInt8](UnsafeRawBufferPointer(start: data, count: Int(length))), GraphvizMessages.lines)
    }
  }

  /// Parses `dot` without laying it out and returns the graph's node names and their labels,
  /// with the warnings Graphviz gave while parsing.
  ///
  /// Useful to check what Graphviz understood of a DOT text.
  /// The corresponding Graphviz calls are `agmemread`, `agfstnode` and `agget`.
  public func parseNodes(dot: String) throws(GraphvizError)
    -> (nodes: [(name: String, label: String?)], warnings: [String])
  {
    try Self.context.withLock {
      context throws(GraphvizError) -> (nodes: [(name: String, label: String?)], warnings: [String]) in
      _ = try Self.sharedContext(in: &context)
      GraphvizMessages.reset()
      guard let graph = agmemread(dot) else {
        throw .invalidDOT(detail: GraphvizMessages.summary(or: "no graph in the input"))
      }
      defer { agclose(graph) }
      var nodes: [(name: String, label: String?)] = []
      var node = agfstnode(graph)
      while let current = node {
        nodes.append((String(cString: agnameof(current)), Self.attribute(current, "label")))
        node = agnxtnode(graph, current)
      }
      return (nodes, GraphvizMessages.lines)
    }
  }

  /// Returns the process's Graphviz context, creating it and installing the message sink on first use.
  ///
  /// The corresponding Graphviz call is `gvContext`.
  private static func sharedContext(in slot: inout OpaquePointer?) throws(GraphvizError) -> OpaquePointer {
    if let gvc = slot { return gvc }
    GraphvizMessages.install()
    guard let gvc = gvContext() else { throw .pluginsMissing }
    slot = gvc
    return gvc
  }
}
