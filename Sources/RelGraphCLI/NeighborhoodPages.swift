import Foundation
import Graphviz
import RelGraph
import RelGraphRendering

/// One drawing of each entity's neighborhood in a folder, and an `index.html` that links them:
/// the pages users publish.
struct NeighborhoodPages {
  var graph: RelationshipGraph
  var depth: Int
  var format: OutputFormat
  var writer: DOTWriter

  /// Renders every neighborhood in process and writes the files and the index into `folder`.
  ///
  /// - Returns: How many drawings were written.
  func write(to folder: String) throws -> Int {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw CLIError.unwritable(folder, (error as NSError).localizedDescription)
    }
    let index = (folder as NSString).appendingPathComponent("index.html")
    if let existing = FileManager.default.contents(atPath: index),
      !String(decoding: existing.prefix(4096), as: UTF8.self).contains(IndexPage.title)
    {
      throw CLIError.unwritable(index, "it exists and relgraph did not write it; give a new or empty folder")
    }
    let entities = graph.sortedEntities
    let names = fileNames(for: entities)
    // Each node of a drawing leads to that entity's own drawing, and the centre back to the index.
    var linked = writer
    linked.nodeLinks = names
    for entity in entities {
      let neighborhood = try graph.neighborhood(of: entity.id, depth: depth)
      linked.nodeLinks[entity.id] = "index.html"
      defer { linked.nodeLinks[entity.id] = names[entity.id] }
      let drawing: [UInt8]
      do {
        drawing = try neighborhood.rendered(as: format, writer: linked)
      } catch {
        throw CLIError(description: "Unable to render the neighborhood of '\(entity.name)': \(error)")
      }
      try AtomicFile.write(drawing, to: (folder as NSString).appendingPathComponent(names[entity.id]!))
    }
    try AtomicFile.write(Array(IndexPage(graph: graph, files: names).html.utf8), to: index)
    return entities.count
  }

  /// The most UTF-8 bytes of an entity's id a file name keeps: with a counter and an extension,
  /// far below the 255 bytes file systems allow.
  static let longestFileStem = 120

  /// A safe, distinct file name per entity: its id with anything but letters, digits, `-` and
  /// `_` replaced, cut to ``longestFileStem`` bytes.
  private func fileNames(for entities: [Entity]) -> [EntityID: String] {
    var used: Set<String> = ["index"]
    var names: [EntityID: String] = [:]
    for entity in entities {
      var base = ""
      for scalar in entity.id.rawValue.unicodeScalars {
        let kept: Unicode.Scalar =
          scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" ? scalar : "_"
        guard base.utf8.count + kept.utf8.count <= Self.longestFileStem else { break }
        base.unicodeScalars.append(kept)
      }
      var name = base
      var counter = 2
      while used.contains(name) {
        name = "\(base)-\(counter)"
        counter += 1
      }
      used.insert(name)
      names[entity.id] = "\(name).\(format.rawValue)"
    }
    return names
  }
}
