/// A file format Graphviz can write after laying a graph out.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
  /// Scalable Vector Graphics from Graphviz's core renderer, which keeps `id`, `class`, `URL` and `tooltip`.
  case svg
  /// Portable Network Graphics (cairo).
  case png
  /// Portable Document Format (cairo).
  case pdf
  /// DOT annotated with the computed positions.
  case dot
  /// Graphviz's JSON, with the computed positions.
  case json

  /// The `format:renderer` string given to `gvRenderData`.
  ///
  /// SVG names the core renderer explicitly: the cairo SVG renderer drops ids and tooltips.
  var graphvizName: String {
    switch self {
    case .svg: "svg:svg:core"
    case .png: "png:cairo"
    case .pdf: "pdf:cairo"
    case .dot: "dot"
    case .json: "json"
    }
  }
}
