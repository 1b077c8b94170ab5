import Foundation
import RelGraph

/// Loading the node-link graphs the benchmarks work on.
enum GraphFile {
  static func load(_ path: String) throws -> RelationshipGraph {
    try NodeLinkJSON.decode(Data(contentsOf: URL(fileURLWithPath: path)))
  }
}
