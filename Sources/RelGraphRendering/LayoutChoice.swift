import Graphviz
import RelGraph

/// Picks a layout engine by graph size.
///
/// `dot` draws the clearest relation graphs but its cost grows steeply with labelled edges.
/// Measured with `relgraph-bench layout-cost` (random graphs, N nodes, 2N labelled relations,
/// SVG, this 2-core machine): `dot` 0.11 s at 60 nodes, 0.47 s at 100, 6.3 s at 150, 13.4 s at
/// 200; `sfdp` with straight edges 0.04 s at 100, 0.09 s at 200, 0.85 s at 1,000, 4.8 s at 3,000.
/// So graphs above 100 nodes go to `sfdp`, with overlap removal.
public enum LayoutChoice {
  /// Graphs with more nodes than this, or more than twice as many relations, are laid out with `sfdp`.
  public static let dotNodeLimit = 100

  /// `dot` for graphs up to ``dotNodeLimit`` nodes (and twice as many relations), `sfdp` above.
  public static func engine(forNodes nodes: Int, relations: Int) -> LayoutEngine {
    nodes <= dotNodeLimit && relations <= 2 * dotNodeLimit ? .dot : .sfdp
  }
}
