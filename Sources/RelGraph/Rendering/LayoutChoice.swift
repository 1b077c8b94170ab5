import Graphviz

/// Picks a layout engine by graph size.
///
/// `dot` draws the clearest relation graphs but its cost grows steeply with labelled edges
/// (see `Scripts/bench.sh`: it needed about 94 s for 199 nodes and 400 edges), so larger graphs
/// go to `sfdp`, the multiscale force-directed engine, with overlap removal.
public enum LayoutChoice {
  /// Graphs with more nodes than this, or more than twice as many relations, are laid out with `sfdp`.
  public static let dotNodeLimit = 60

  /// `dot` for graphs up to ``dotNodeLimit`` nodes (and twice as many relations), `sfdp` above.
  public static func engine(forNodes nodes: Int, relations: Int) -> LayoutEngine {
    nodes <= dotNodeLimit && relations <= 2 * dotNodeLimit ? .dot : .sfdp
  }
}
