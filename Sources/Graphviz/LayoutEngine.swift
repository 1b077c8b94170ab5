/// A Graphviz layout program, run in process.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
  /// Hierarchical layers; the clearest layout for small directed graphs, slow past a few dozen nodes.
  case dot
  /// Spring model (stress majorization).
  case neato
  /// Force-directed placement.
  case fdp
  /// Multiscale force-directed placement; the engine for large graphs.
  case sfdp
  /// Circular layout.
  case circo
  /// Radial layout around a root.
  case twopi
}
