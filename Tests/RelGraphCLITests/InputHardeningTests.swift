import Foundation
import RelGraph
import Testing

@testable import RelGraphCLI

@Suite struct InputHardeningTests {
  static let sentence = Data("Chile sold drones to Peru on Monday.\n".utf8)

  @Test("A folder with no file, or with a FIFO in it, is refused by name; nothing hangs")
  func folders() throws {
    let directory = try temporaryDirectory()
    let empty = directory.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let run = try CLIRun.relgraph("extract", empty.path, "-o", directory.appendingPathComponent("e.json").path)
    #expect(run.status != 0 && run.stderr.contains("empty") && run.stderr.contains("no file to read"))

    let withFIFO = directory.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: withFIFO, withIntermediateDirectories: true)
    try Self.sentence.write(to: withFIFO.appendingPathComponent("a.txt"))
    #expect(mkfifo(withFIFO.appendingPathComponent("pipe.txt").path, 0o600) == 0)
    let fifo = try CLIRun.relgraph("extract", withFIFO.path, "-o", directory.appendingPathComponent("f.json").path)
    #expect(fifo.status != 0 && fifo.stderr.contains("pipe.txt") && fifo.stderr.contains("not a regular file"))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("f.json").path))
  }

  @Test("A file named like an option gets a hint, not the help; after '--' it is read")
  func dashNamedFile() throws {
    let directory = try temporaryDirectory()
    try Self.sentence.write(to: directory.appendingPathComponent("-dash.txt"))
    let run = try CLIRun.run("relgraph", ["extract", "-dash.txt"], in: directory)
    #expect(run.status == 64 && run.stderr.contains("'--'") && run.stdout.isEmpty)
    let read = try CLIRun.run("relgraph", ["extract", "-o", "g.json", "--", "-dash.txt"], in: directory)
    #expect(read.status == 0, "\(read.stderr)")
    let graph = try String(contentsOf: directory.appendingPathComponent("g.json"), encoding: .utf8)
    #expect(graph.contains("\"supplies\""))
  }

  @Test("--files-from reads a list of inputs, from a file or standard input")
  func filesFrom() throws {
    let directory = try temporaryDirectory()
    try Self.sentence.write(to: directory.appendingPathComponent("a.txt"))
    try Data("Peru backed Chile.\n".utf8).write(to: directory.appendingPathComponent("-b.txt"))
    try Data("a.txt\n\n-b.txt\n".utf8).write(to: directory.appendingPathComponent("list"))
    let run = try CLIRun.run("relgraph", ["extract", "--files-from", "list", "-o", "g.json"], in: directory)
    #expect(run.status == 0, "\(run.stderr)")
    let graph = try String(contentsOf: directory.appendingPathComponent("g.json"), encoding: .utf8)
    #expect(graph.contains("\"supplies\"") && graph.contains("\"supports\""))
    let piped = try CLIRun.run(
      "relgraph", ["extract", "--files-from", "-"], in: directory, stdin: Data("a.txt\n".utf8))
    #expect(piped.status == 0 && piped.stdout.contains("\"supplies\""))
    try Data("\n".utf8).write(to: directory.appendingPathComponent("blank"))
    let blank = try CLIRun.run("relgraph", ["extract", "--files-from", "blank"], in: directory)
    #expect(blank.status != 0 && blank.stderr.contains("names no file"))
  }

  @Test("--input-format says how to read an input whatever its name or first byte")
  func inputFormat() throws {
    let directory = try temporaryDirectory()
    try Self.sentence.write(to: directory.appendingPathComponent("a.txt"))
    let extracted = try CLIRun.run("relgraph", ["extract", "a.txt", "-o", "graph.data"], in: directory)
    #expect(extracted.status == 0)
    let asJSON = try CLIRun.run(
      "relgraph", ["neighbors", "graph.data", "Chile", "--input-format", "json"], in: directory)
    #expect(asJSON.status == 0 && asJSON.stdout.contains("Chile supplies Peru"), "\(asJSON.stderr)")
    let graph = try Data(contentsOf: directory.appendingPathComponent("graph.data"))
    let asText = try CLIRun.run(
      "relgraph", ["neighbors", "-", "Chile", "--input-format", "text"], in: directory, stdin: graph)
    // Read as an article, the graph's JSON names no relation of its own.
    #expect(!asText.stdout.contains("Chile supplies Peru"))
  }

  @Test("Graphs extracted apart and merged name people as extracting the articles together does")
  func mergedGraphsJoinPeople() throws {
    let directory = try temporaryDirectory()
    try Data("Brazilian President Luiz Inácio Lula da Silva visited Lima.\n".utf8)
      .write(to: directory.appendingPathComponent("a.txt"))
    try Data("Lula da Silva met Peruvian President Ana Quispe in Lima.\n".utf8)
      .write(to: directory.appendingPathComponent("b.txt"))
    for name in ["a", "b"] {
      #expect(try CLIRun.run("relgraph", ["extract", "\(name).txt", "-o", "\(name).json"], in: directory).status == 0)
    }
    let merged = try CLIRun.run("relgraph", ["neighbors", "b.json", "Quispe"], in: directory)
    #expect(merged.stdout.contains("Lula da Silva"))
    let joint = try CLIRun.run("relgraph", ["extract", "a.txt", "b.txt"], in: directory)
    let fromParts = try CLIRun.run("relgraph", ["extract", "b.json", "a.json"], in: directory)
    #expect(fromParts.status == 0)
    for graph in [joint.stdout, fromParts.stdout] {
      #expect(graph.contains("person:luiz-inacio-lula-da-silva") && !graph.contains("person:lula-da-silva"))
    }
  }

  @Test("A graph file is read whole, not held to the text limit; standard input still is")
  func graphsPassTheTextLimit() throws {
    let directory = try temporaryDirectory()
    try Self.sentence.write(to: directory.appendingPathComponent("a.txt"))
    #expect(try CLIRun.run("relgraph", ["extract", "a.txt", "-o", "g.json"], in: directory).status == 0)
    let limit = ["RELGRAPH_MAX_INPUT_BYTES": "100"]
    let whole = try CLIRun.run("relgraph", ["neighbors", "g.json", "Chile"], in: directory, environment: limit)
    #expect(whole.status == 0 && whole.stdout.contains("Peru"), "\(whole.stderr)")
    let graph = try Data(contentsOf: directory.appendingPathComponent("g.json"))
    let piped = try CLIRun.run(
      "relgraph", ["neighbors", "-", "Chile"], in: directory, stdin: graph, environment: limit)
    #expect(piped.status == 1 && piped.stderr.contains("larger than 100 bytes"))
    // A file cut short (as one truncated while it is read ends early) is refused, not a crash.
    try graph.prefix(graph.count / 2).write(to: directory.appendingPathComponent("cut.json"))
    let cut = try CLIRun.run("relgraph", ["neighbors", "cut.json", "Chile"], in: directory)
    #expect(cut.status == 1 && cut.stderr.contains("Unable to read 'cut.json'"), "\(cut.stderr)")
  }

  @Test("Entities with very long names get short, distinct drawing names; a foreign index.html is kept")
  func eachEntityNames() throws {
    let directory = try temporaryDirectory()
    let long = String(repeating: "Ruritania", count: 40)
    try Data(
      "\(long) Minister Ana Soto visited Peru. Chilean President Rosa Díaz met \(long) Minister Luis Paz.\n".utf8
    )
    .write(to: directory.appendingPathComponent("a.txt"))
    let run = try CLIRun.run("relgraph", ["render", "a.txt", "--each-entity", "pages"], in: directory)
    #expect(run.status == 0, "\(run.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("pages").path)
    #expect(files.contains("index.html") && files.count > 3)
    #expect(files.allSatisfy { $0.utf8.count <= 130 && !$0.hasPrefix(".relgraph-") })
    let again = try CLIRun.run("relgraph", ["render", "a.txt", "--each-entity", "pages"], in: directory)
    #expect(again.status == 0, "a page relgraph wrote is replaced")

    let own = directory.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
    try Data("<html>my site</html>".utf8).write(to: own.appendingPathComponent("index.html"))
    let refused = try CLIRun.run("relgraph", ["render", "a.txt", "--each-entity", "site"], in: directory)
    #expect(refused.status == 1 && refused.stderr.contains("index.html"))
    #expect(try String(contentsOf: own.appendingPathComponent("index.html"), encoding: .utf8) == "<html>my site</html>")
  }

  @Test("Long lists of paths skip the argument parser; options among them are read as ever")
  func longArgumentLists() throws {
    let paths = (0..<100).map { "a\($0).txt" }
    let line = ["relgraph", "extract", "--jobs", "1"] + paths.prefix(50) + ["--", "-x.txt"] + paths.suffix(50)
    #expect(LongInputLists.split(line).kept == ["relgraph", "extract", "--jobs", "1", "--"])
    #expect(LongInputLists.split(line).paths == Array(paths.prefix(50)) + ["-x.txt"] + paths.suffix(50))
    let withOutput = ["relgraph", "render", "-o", "out.svg"] + paths + ["--show-unlinked"]
    #expect(LongInputLists.split(withOutput).kept == ["relgraph", "render", "-o", "out.svg", "--show-unlinked"])
    let short = ["relgraph", "extract", "a.txt", "-o", "g.json"]
    #expect(LongInputLists.split(short).kept == short)
    let query = ["relgraph", "neighbors"] + paths
    #expect(LongInputLists.split(query).paths.isEmpty)

    let directory = try temporaryDirectory()
    for (number, path) in paths.enumerated() {
      try Data("Chile sold drones to Peru in talk \(number).\n".utf8).write(to: directory.appendingPathComponent(path))
    }
    let run = try CLIRun.run("relgraph", ["extract"] + paths + ["-o", "g.json", "--jobs", "2"], in: directory)
    #expect(run.status == 0, "\(run.stderr)")
    let graph = try NodeLinkJSON.decode(Data(contentsOf: directory.appendingPathComponent("g.json")))
    #expect(graph.relations.first { $0.kind == .supplies }?.evidence.count == 100)
  }
}
