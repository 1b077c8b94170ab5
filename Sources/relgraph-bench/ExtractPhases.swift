import ArgumentParser
import Foundation
import RelGraph

/// Extracts a folder of articles on one thread and reports where the time goes.
struct ExtractPhases: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract-phases", abstract: "Extract a folder on one thread; print the time of each phase.")

  @Argument(help: "A folder of article text files.")
  var folder: String

  func run() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let clock = ContinuousClock()
    var documents: [TextDocument] = []
    let reading = try clock.measure {
      documents = try names.map {
        try TextDocument(name: $0, bytes: Data(contentsOf: URL(fileURLWithPath: "\(folder)/\($0)")))
      }
    }
    var graphs: [RelationshipGraph] = []
    let extracting = clock.measure { graphs = documents.map(Extractor().extract) }
    var merged = RelationshipGraph()
    let merging = clock.measure { for graph in graphs { merged.merge(graph) } }
    let whole = clock.measure { _ = Extractor().extract(documents) }
    let megabytes = Double(documents.reduce(0) { $0 + $1.byteCount }) / 1e6
    print(
      "documents=\(documents.count) MB=\(String(format: "%.1f", megabytes)) read=\(reading) extract=\(extracting) merge=\(merging) whole(extract+merge+resolve)=\(whole)"
    )
  }
}
