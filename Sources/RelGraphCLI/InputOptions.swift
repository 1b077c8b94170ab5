import ArgumentParser
import Foundation
import RelGraph

/// The graph a command works on: node-link `.json` graphs and text files, merged.
struct InputOptions: ParsableArguments {
  @Argument(help: ArgumentHelp(
    "Node-link .json graphs or article text files (.txt, .md, .html); '-' reads standard input.",
    valueName: "input"))
  var inputs: [String] = []

  @Option(help: "How many documents to extract at once (default: one per core).")
  var jobs = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
  }

  /// Reads every input, extracting text files, and merges the graphs.
  func graph() async throws -> RelationshipGraph {
    try await InputLoader.graph(from: inputs.isEmpty ? ["-"] : inputs, jobs: jobs)
  }
}

/// Reads inputs from files or standard input.
enum InputLoader {
  /// The largest input read, to fail clearly instead of exhausting memory.
  static let maximumBytes = 1 << 30

  static func graph(from paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) async throws -> RelationshipGraph {
    var graph = RelationshipGraph()
    var documents: [TextDocument] = []
    for path in paths {
      let bytes = try read(path)
      if path.lowercased().hasSuffix(".json") {
        do {
          graph.merge(try NodeLinkJSON.decode(bytes))
        } catch {
          throw CLIError.unreadable(path, error)
        }
      } else {
        do {
          documents.append(try TextDocument(name: path == "-" ? "-" : (path as NSString).lastPathComponent, bytes: bytes))
        } catch {
          throw CLIError.unreadable(path, error)
        }
      }
    }
    let progress = Progress(documents: documents.count, bytes: documents.reduce(0) { $0 + $1.byteCount })
    graph.merge(await Extractor().extract(documents, maxConcurrency: jobs, progress: progress.report))
    progress.finish()
    return graph
  }

  static func read(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError.unreadable(path, "no such file")
    }
    if isDirectory.boolValue { throw CLIError.unreadable(path, "it is a directory") }
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
      if data.count > maximumBytes { throw CLIError.unreadable(path, "larger than \(maximumBytes >> 20) MB") }
      return data
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError.unreadable(path, (error as NSError).localizedDescription)
    }
  }
}
