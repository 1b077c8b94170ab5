import ArgumentParser
import Foundation
import RelGraph
import Testing

@testable import RelGraphCLI

/// Runs an executable the package builds (`relgraph`, `relgraph-example`), as a user would.
struct CLIRun {
  var status: Int32
  var stdout: String
  var stderr: String

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  /// A long article in the reference article's shape, web noise included, written for the tests.
  static let article = root.appendingPathComponent("Tests/Fixtures/iran-bolivia-long.txt").path

  static func relgraph(_ arguments: String..., stdin: Data? = nil) throws -> CLIRun {
    try relgraph(arguments, stdin: stdin)
  }

  static func relgraph(_ arguments: [String], stdin: Data? = nil) throws -> CLIRun {
    try run("relgraph", arguments, stdin: stdin)
  }

  /// The executable the package builds named `name`, beside the test bundle.
  static func executable(_ name: String) -> URL {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name)
    return FileManager.default.fileExists(atPath: binary.path)
      ? binary : root.appendingPathComponent(".build/debug/\(name)")
  }

  /// Runs `executable` with `arguments` in `directory` (this process's by default).
  static func run(
    _ executable: String, _ arguments: [String] = [], in directory: URL? = nil, stdin: Data? = nil,
    environment: [String: String] = [:]
  ) throws -> CLIRun {
    let process = Process()
    process.executableURL = Self.executable(executable)
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRun(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}

func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-cli-\(UUID())")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

@Suite struct CLITests {
  @Test("Commands parse with their options")
  func parsing() throws {
    let command = try RelGraphCommand.parseAsRoot([
      "neighbors", "g.json", "La Paz", "--depth", "2", "--relation", "supplies", "--direction", "in",
    ])
    let neighbors = try #require(command as? RelGraphCommand.Neighbors)
    #expect(neighbors.depth == 2)
    #expect(neighbors.relations == [.supplies])
  }

  @Test(
    "An unknown engine, format or relation kind is a usage error",
    arguments: [
      ["render", "a.txt", "--layout", "spring"], ["render", "a.txt", "--format", "gif"],
      ["neighbors", "g.json", "Iran", "--relation", "likes"], ["neighbors", "g.json", "Iran", "--depth", "0"],
    ])
  func usageErrors(arguments: [String]) {
    #expect(throws: (any Error).self) {
      var command = try RelGraphCommand.parseAsRoot(arguments)
      try command.validate()
    }
    do {
      var command = try RelGraphCommand.parseAsRoot(arguments)
      try command.validate()
    } catch {
      #expect(RelGraphCommand.exitCode(for: error) == .validationFailure)
    }
  }

  @Test("extract, then neighbors of 'La Paz' list Iran")
  func extractThenNeighbors() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = directory.appendingPathComponent("graph.json").path
    let extract = try CLIRun.relgraph("extract", CLIRun.article, "-o", graph)
    #expect(extract.status == 0, "\(extract.stderr)")
    let neighbors = try CLIRun.relgraph("neighbors", graph, "La Paz")
    #expect(neighbors.status == 0)
    #expect(neighbors.stdout.contains("Iran [country]"))
    let json = try CLIRun.relgraph("neighbors", graph, "bolivia", "--relation", "voted_with", "--json")
    let records = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(records?.count == 7)
    // A .json graph is read through the index, text in full: the answers are the same.
    for arguments in [
      ["Bolivia", "--evidence"], ["Evo Morales", "--depth", "2", "--direction", "out"],
      ["Iran", "--relation", "supplies", "--json"],
    ] {
      let fromGraph = try CLIRun.relgraph(["neighbors", graph] + arguments)
      let fromText = try CLIRun.relgraph(["neighbors", CLIRun.article] + arguments)
      #expect(fromGraph.status == 0 && fromGraph.stdout == fromText.stdout, "\(arguments)")
    }
  }

  @Test("dot and render --focus read a .json graph through the index and draw what the whole graph gives")
  func focusThroughIndex() async throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graphFile = directory.appendingPathComponent("graph.json").path
    #expect(try CLIRun.relgraph("extract", CLIRun.article, "-o", graphFile).status == 0)
    let whole = try await InputOptions.parse([CLIRun.article]).graph()
    for entity in whole.sortedEntities {
      for filters in [
        ["--depth", "1"], ["--depth", "2"], ["--relation", "supplies", "--relation", "visited"],
        ["--min-confidence", "0.9"],
      ] {
        let drawing = try DrawingOptions.parse(["--focus", entity.id.rawValue] + filters)
        let fromIndex = try await drawing.graph(from: InputOptions.parse([graphFile]))
        #expect(try fromIndex == drawing.apply(to: whole), "\(entity.name) \(filters)")
      }
    }
    let unknown = try CLIRun.relgraph("dot", graphFile, "--focus", "Bolivya")
    let unknownFromText = try CLIRun.relgraph("dot", CLIRun.article, "--focus", "Bolivya")
    #expect(unknown.status != 0 && unknown.stderr == unknownFromText.stderr)
    #expect(unknown.stderr.contains("Bolivia"), "\(unknown.stderr)")
  }

  @Test("The README's Swift example is the example target, which runs on the reference article")
  func readmeExample() throws {
    let source = try String(
      contentsOf: CLIRun.root.appendingPathComponent("Sources/relgraph-example/main.swift"), encoding: .utf8)
    let code = source[source.range(of: "\nimport Foundation")!.upperBound...]
    let readme = try String(contentsOf: CLIRun.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("```swift\nimport Foundation" + code + "```"))
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(
      atPath: CLIRun.article, toPath: directory.appendingPathComponent("article.txt").path)
    let run = try CLIRun.run("relgraph-example", in: directory)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Iran [") && run.stdout.contains("entities within 2 hops of Bolivia"), "\(run.stdout)")
  }

  @Test("render writes an SVG naming the main entities, in process")
  func render() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let svg = directory.appendingPathComponent("g.svg")
    let run = try CLIRun.relgraph("render", CLIRun.article, "-o", svg.path)
    #expect(run.status == 0, "\(run.stderr)")
    let text = try String(contentsOf: svg, encoding: .utf8)
    for name in ["Iran", "Bolivia", "Venezuela", "Evo Morales"] { #expect(text.contains(">\(name)</text>")) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["g.svg"])
  }

  @Test("dot with --focus draws the neighborhood only; path finds a chain")
  func focusAndPath() throws {
    let dot = try CLIRun.relgraph("dot", CLIRun.article, "--focus", "Ashtiani")
    #expect(dot.status == 0)
    #expect(dot.stdout.contains("agreement:"))
    #expect(!dot.stdout.contains("country:vietnam"))
    let path = try CLIRun.relgraph("path", CLIRun.article, "Ashtiani", "Vietnam")
    #expect(path.status == 0)
    #expect(path.stdout.contains("Bolivia voted_with Vietnam"))
  }

  @Test("explain lists the relations between two entities with evidence and rule")
  func explain() throws {
    let run = try CLIRun.relgraph("explain", CLIRun.article, "Tehran", "La Paz")
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Iran — Bolivia:"))
    #expect(run.stdout.contains("Iran supplies Bolivia  (confidence 0.9; rule sale-word"))
    #expect(
      run.stdout.contains("“Military cooperation between Iran and Bolivia started quietly, far from the cameras.”"))
    let json = try CLIRun.relgraph("explain", CLIRun.article, "Iran", "Vietnam", "--json")
    #expect(json.status == 0)
    #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.isEmpty == true)
    // On a saved graph, read through the index, the answers are the same.
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = directory.appendingPathComponent("graph.json").path
    #expect(try CLIRun.relgraph("extract", CLIRun.article, "-o", graph).status == 0)
    for pair in [["Tehran", "La Paz"], ["Evo Morales", "Pakistan"], ["Ashtiani", "Vietnam"]] {
      let fromGraph = try CLIRun.relgraph(["explain", graph] + pair)
      let fromText = try CLIRun.relgraph(["explain", CLIRun.article] + pair)
      #expect(fromGraph.status == 0 && fromGraph.stdout == fromText.stdout, "\(pair)")
      // Paths as short; which of several equally short ones comes first depends on the order relations were read in.
      let pathFromGraph = try CLIRun.relgraph(["path", graph] + pair)
      let pathFromText = try CLIRun.relgraph(["path", CLIRun.article] + pair)
      #expect(
        pathFromGraph.status == 0
          && pathFromGraph.stdout.prefix { $0 != "\n" } == pathFromText.stdout.prefix { $0 != "\n" })
    }
  }

  @Test("render --each-entity writes one neighborhood drawing per entity and an index linking them")
  func eachEntity() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = directory.appendingPathComponent("g.json").path
    #expect(try CLIRun.relgraph("extract", CLIRun.article, "-o", graph).status == 0)
    let pages = directory.appendingPathComponent("pages")
    let run = try CLIRun.relgraph("render", graph, "--each-entity", pages.path)
    #expect(run.status == 0, "\(run.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: pages.path)
    let entities =
      (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: graph))) as? [String: Any])?[
        "nodes"] as? [Any]
    #expect(files.filter { $0.hasSuffix(".svg") }.count == entities?.count)
    let index = try String(contentsOf: pages.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains(#"<a href="country_bolivia.svg">Bolivia</a>"#))
    let bolivia = try String(contentsOf: pages.appendingPathComponent("country_bolivia.svg"), encoding: .utf8)
    #expect(bolivia.contains(">Iran</text>"))
    // Each node leads to its entity's drawing; the centre back to the index.
    #expect(bolivia.contains(#"xlink:href="country_iran.svg""#) && bolivia.contains(#"xlink:href="index.html""#))
    #expect(!bolivia.contains(">Joseph Humire</text>"))
    let conflict = try CLIRun.relgraph("render", graph, "--each-entity", pages.path, "-o", "x.svg")
    #expect(conflict.status == 64)
  }

  @Test("--knowledge adds a table of office holders; a bad table is named with its line")
  func knowledgeTables() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let table = directory.appendingPathComponent("mine.tsv")
    try Data("# mine\nPeru\tLuis Alberto Torres\tPresident\t2023\t\t\n".utf8).write(to: table)
    let text = Data("Luis Torres met Chilean Foreign Minister Ana Vidal.".utf8)
    let without = try CLIRun.relgraph("explain", "-", "Luis Torres", "Peru", stdin: text)
    #expect(without.status != 0 || without.stdout.contains(": 0 relations"))
    let with = try CLIRun.relgraph("explain", "-", "Luis Torres", "Peru", "--knowledge", table.path, stdin: text)
    #expect(
      with.stdout.contains("Luis Torres holds_office Peru") && with.stdout.contains("rule knowledge"), "\(with.stdout)")
    try Data("Atlantis\tX Y\tKing\t2020\t\t\n".utf8).write(to: table)
    let bad = try CLIRun.relgraph("extract", "-", "--knowledge", table.path, stdin: text)
    #expect(bad.status == 1 && bad.stderr.contains("line 1: unknown country 'Atlantis'"), "\(bad.stderr)")
  }

  @Test("Text on standard input is read with '-'")
  func standardInput() throws {
    let run = try CLIRun.relgraph("extract", "-", stdin: Data("Chile signed a trade agreement with Peru.".utf8))
    #expect(run.status == 0)
    #expect(run.stdout.contains("country:chile"))
  }

  @Test(
    "Bad input names the file and the problem, exits non-zero, and writes nothing",
    arguments: [
      ("empty.txt", Data(), "empty"),
      ("binary.txt", Data([0x89, 0x50, 0x00, 0x01]), "binary"),
      ("latin1.txt", Data([0x63, 0x61, 0x66, 0xE9, 0x20]), "not valid UTF-8"),
      ("broken.json", Data("{\"nodes\": [".utf8), "not a node-link graph"),
    ])
  func badInput(name: String, bytes: Data, problem: String) throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent(name)
    try bytes.write(to: input)
    let output = directory.appendingPathComponent("out.svg")
    let run = try CLIRun.relgraph("render", input.path, "-o", output.path)
    #expect(run.status != 0)
    #expect(run.stderr.contains("Unable to read '\(input.path)'"))
    #expect(run.stderr.contains(problem))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test("A bad file among good articles in a folder stops extraction, is named, and nothing is written")
  func badFileInFolder() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = directory.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["a.txt", "c.txt", "d.txt"] {
      try FileManager.default.copyItem(atPath: CLIRun.article, toPath: folder.appendingPathComponent(name).path)
    }
    let bad = folder.appendingPathComponent("b.txt")
    try Data([0x63, 0x61, 0x66, 0xE9, 0x20]).write(to: bad)
    let output = directory.appendingPathComponent("g.json")
    for jobs in ["1", "3"] {
      let run = try CLIRun.relgraph("extract", folder.path, "--jobs", jobs, "-o", output.path)
      #expect(run.status != 0)
      #expect(
        run.stderr.contains("Unable to read '\(bad.path)'") && run.stderr.contains("not valid UTF-8"), "\(run.stderr)")
      #expect(!FileManager.default.fileExists(atPath: output.path))
    }
  }

  @Test("A missing file and an unknown entity are named in the error")
  func missingThings() throws {
    let missing = try CLIRun.relgraph("extract", "/nonexistent/article.txt")
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("Unable to read '/nonexistent/article.txt': no such file"))
    let unknown = try CLIRun.relgraph("neighbors", CLIRun.article, "Atlantis")
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no entity named 'Atlantis'"))
  }

  @Test("A failed write leaves the old output file intact")
  func failedWriteKeepsOldFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("g.json")
    try Data("old".utf8).write(to: output)
    let run = try CLIRun.relgraph("extract", "/nonexistent.txt", "-o", output.path)
    #expect(run.status != 0)
    #expect(try String(contentsOf: output, encoding: .utf8) == "old")
  }

  @Test("A write that fails halfway leaves the old file intact and no temporary file beside it")
  func failedStreamKeepsOldFile() throws {
    struct Interrupted: Error {}
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("g.json")
    try Data("old".utf8).write(to: output)
    #expect(throws: Interrupted.self) {
      try AtomicFile.write(to: output.path) { write in
        Array("new, half".utf8).withUnsafeBytes(write)
        throw Interrupted()
      }
    }
    #expect(try String(contentsOf: output, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["g.json"])
    try AtomicFile.write(to: output.path) { write in
      Array("new, ".utf8).withUnsafeBytes(write)
      Array("whole".utf8).withUnsafeBytes(write)
    }
    #expect(try String(contentsOf: output, encoding: .utf8) == "new, whole")
  }
}
