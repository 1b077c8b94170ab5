import ArgumentParser
import Foundation
import RelGraph

/// The graph a command works on: node-link `.json` graphs and text files, merged.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Node-link .json graphs, article text files (.txt, .md, .html) or folders of them; '-' reads standard input.",
      valueName: "input"))
  var inputs: [String] = []

  @Option(
    help: ArgumentHelp(
      "A file listing more inputs, one path a line ('-' reads the list from standard input).", valueName: "file"))
  var filesFrom: String?

  @Option(help: "How many documents to extract at once (default: one per core).")
  var jobs = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var format: InputFormatOption

  @OptionGroup var knowledge: KnowledgeOptions

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
  }

  /// The inputs named on the command line (``LongInputLists`` included) and in the
  /// `--files-from` list, standard input when there are none.
  func paths() throws -> [String] {
    var paths = inputs + LongInputLists.paths
    if let filesFrom {
      let bytes = try FileContents.bytes(of: filesFrom, limit: InputLoader.maximumBytes)
      guard let list = String(validating: bytes, as: UTF8.self) else {
        throw CLIError.unreadable(filesFrom, "the list of inputs is not UTF-8 text")
      }
      paths += list.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
      guard !paths.isEmpty else { throw CLIError.unreadable(filesFrom, "the list of inputs names no file") }
    }
    return paths.isEmpty ? ["-"] : paths
  }

  /// Reads every input, extracting text files, and merges the graphs.
  func graph() async throws -> RelationshipGraph {
    try await InputLoader.graph(
      from: try paths(), format: format.inputFormat, jobs: jobs, extractor: knowledge.extractor())
  }
}

/// Reads inputs from files or standard input.
enum InputLoader {
  /// The largest input read, to fail clearly instead of exhausting memory: 1 GiB, or the
  /// environment variable `RELGRAPH_MAX_INPUT_BYTES`.
  static let maximumBytes =
    ProcessInfo.processInfo.environment["RELGRAPH_MAX_INPUT_BYTES"].flatMap { Int($0) }.map { max($0, 1) } ?? 1 << 30

  static func graph(
    from paths: [String], format: InputFormatOption.Format = .auto,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, extractor: Extractor = Extractor()
  ) async throws -> RelationshipGraph {
    let paths = try expandingFolders(paths)
    let graphs = try graphPaths(among: paths, format: format)
    var graph = RelationshipGraph()
    for path in paths where graphs.contains(path) {
      let bytes = try read(path)
      do {
        let decoded = try NodeLinkJSON.decode(bytes)
        if graph.entities.isEmpty { graph = decoded } else { graph.merge(decoded) }
      } catch {
        throw CLIError.unreadable(path, error)
      }
    }
    // Texts are sized now, so that a missing file fails at once, and read when their turn comes:
    // an archive never sits in memory whole.
    let texts = try paths.filter { !graphs.contains($0) }.map { path in
      (path: path, size: try FileContents.size(of: path, limit: maximumBytes))
    }
    // Graphs extracted apart name people as their own documents did: joined as one extraction would.
    guard !texts.isEmpty else { return graphs.count > 1 ? graph.resolvingPeople() : graph }
    let progress = Progress(documents: texts.count, bytes: texts.reduce(0) { $0 + $1.size })
    defer { progress.finish() }
    // Each text is read, checked and decoded as its turn to be extracted comes, in parallel.
    let extracted = try await extractor.extract(count: texts.count, maxConcurrency: jobs, progress: progress.report) {
      (index) throws(CLIError) in
      let path = texts[index].path
      do {
        let bytes = try FileContents.bytes(of: path, limit: maximumBytes)
        // The path as given names the document: two files of one name in different folders stay two.
        return try TextDocument(name: path, bytes: bytes)
      } catch let error as CLIError {
        throw error
      } catch {
        throw CLIError.unreadable(path, error)
      }
    }
    if graph.entities.isEmpty { return extracted }
    graph.merge(extracted)
    return graph.resolvingPeople()
  }

  /// The paths with each folder replaced by the files in it (not hidden, sorted by name; folders
  /// within are passed over). A folder holding no file, or holding a FIFO, socket or device,
  /// which might never end, is refused.
  static func expandingFolders(_ paths: [String]) throws -> [String] {
    try paths.flatMap { path -> [String] in
      var isDirectory: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
      else {
        return [path]
      }
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: path)
      } catch {
        throw CLIError.unreadable(path, (error as NSError).localizedDescription)
      }
      var files: [String] = []
      for name in names.filter({ !$0.hasPrefix(".") }).sorted() {
        let file = (path as NSString).appendingPathComponent(name)
        var status = stat()
        guard stat(file, &status) == 0 else { throw CLIError.unreadable(file, String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: files.append(file)
        case S_IFDIR: continue
        default:
          throw CLIError.unreadable(file, "not a regular file (a FIFO, socket or device in a folder is not read)")
        }
      }
      guard !files.isEmpty else { throw CLIError.unreadable(path, "the folder holds no file to read") }
      return files
    }
  }

  /// The paths of `paths` that are read as node-link graphs (see ``isGraph(_:)``).
  ///
  /// Kept out of line: inlined into the async `graph(from:jobs:extractor:)`, the throwing read of
  /// standard input crashed LLVM's coroutine splitting in release builds (Swift 6.3).
  @inline(never)
  private static func graphPaths(among paths: [String], format: InputFormatOption.Format) throws -> Set<String> {
    var graphs: Set<String> = []
    for path in paths where try isGraph(path, format: format) { graphs.insert(path) }
    return graphs
  }

  /// Whether the file at `path` is read as a node-link graph rather than as text: as `format`
  /// says, or, for `auto`, a .json file, or standard input that opens with `{`.
  static func isGraph(_ path: String, format: InputFormatOption.Format = .auto) throws -> Bool {
    switch format {
    case .json: true
    case .text: false
    case .auto: path == "-" ? try StandardInput.isGraph(limit: maximumBytes) : path.lowercased().hasSuffix(".json")
    }
  }

  /// The index of the node-link graph at `path`; `nil` when `path` is read as text.
  static func index(of path: String, format: InputFormatOption.Format = .auto) throws -> NodeLinkJSON.Index? {
    guard try isGraph(path, format: format) else { return nil }
    let bytes = try read(path)
    return try reading(path) { () throws(GraphError) in try NodeLinkJSON.Index(bytes) }
  }

  /// The result of `body`, a read of the file at `path`; a failure names the file.
  static func reading<T>(_ path: String, _ body: () throws(GraphError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw CLIError.unreadable(path, error)
    }
  }

  /// The bytes of the graph at `path`. A regular file is read whole, whatever its size: a
  /// merged graph of a year of news passes 1 GiB, and its graph needs more memory than its bytes
  /// anyway. It is read, not mapped: a mapped file cut short while in use kills the process
  /// (SIGBUS), a read one only ends early, and its JSON is then refused. Standard input and FIFOs
  /// are read within ``maximumBytes``; devices are refused.
  static func read(_ path: String) throws -> Data {
    if path != "-", !FileManager.default.fileExists(atPath: path) { throw CLIError.unreadable(path, "no such file") }
    var status = stat()
    let isRegular = path != "-" && stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    return Data(try FileContents.bytes(of: path, limit: isRegular ? .max : maximumBytes))
  }
}
