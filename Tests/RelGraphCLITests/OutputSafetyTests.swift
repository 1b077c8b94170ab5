import Foundation
import Testing

@testable import RelGraphCLI

/// Where `-o` writes: bare names, folders, devices, modes, and standard output that cannot be written.
@Suite struct OutputSafetyTests {
  static let text = Data("Chile signed a trade agreement with Peru in Lima.".utf8)

  @Test("A bare file name is written in the current folder, and '-' is standard output")
  func bareNameAndDash() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try CLIRun.run("relgraph", ["extract", "-", "-o", "graph"], in: directory, stdin: Self.text)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["graph"])
    let dash = try CLIRun.relgraph("extract", "-", "-o", "-", stdin: Self.text)
    #expect(dash.status == 0 && dash.stdout.contains("country:chile"))
  }

  @Test("A folder as output is an error that says so, and nothing is written", arguments: ["sub", "sub/", "new/"])
  func folderRefused(output: String) throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let run = try CLIRun.run("relgraph", ["extract", "-", "-o", output], in: directory, stdin: Self.text)
    #expect(run.status != 0 && run.stderr.contains("Unable to write '\(output)'"), "\(run.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["sub"])
  }

  @Test("Overwriting a file keeps its mode and leaves no temporary file")
  func modeKept() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("private.json")
    try Data("{}".utf8).write(to: target)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
    let run = try CLIRun.relgraph("extract", "-", "-o", target.path, stdin: Self.text)
    #expect(run.status == 0, "\(run.stderr)")
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["private.json"])
  }

  @Test("A FIFO as output is written to, not replaced")
  func fifoWrittenTo() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/cat")
    reader.arguments = [fifo]
    let received = Pipe()
    reader.standardOutput = received
    try reader.run()
    let run = try CLIRun.relgraph("extract", "-", "-o", fifo, stdin: Self.text)
    let bytes = received.fileHandleForReading.readDataToEndOfFile()
    reader.waitUntilExit()
    #expect(run.status == 0, "\(run.stderr)")
    #expect(String(decoding: bytes, as: UTF8.self).contains("country:chile"))
    var status = stat()
    #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test(
    "Every command's standard output that cannot be written is an error",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"),
    arguments: [
      ["extract", "-"], ["neighbors", "-", "Chile"], ["path", "-", "Chile", "Peru"], ["explain", "-", "Chile", "Peru"],
    ])
  func fullDisk(arguments: [String]) throws {
    let process = Process()
    process.executableURL = CLIRun.executable("relgraph")
    process.arguments = arguments
    let input = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardError = errors
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    try process.run()
    input.fileHandleForWriting.write(Self.text)
    try input.fileHandleForWriting.close()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1 && stderr.contains("Unable to write 'standard output'"), "\(stderr)")
  }

  @Test("A depth far past the graph's reach ends as soon as nothing new is reached", .timeLimit(.minutes(1)))
  func hugeDepth() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = directory.appendingPathComponent("g.json").path
    #expect(try CLIRun.relgraph("extract", "-", "-o", graph, stdin: Self.text).status == 0)
    let run = try CLIRun.relgraph("neighbors", graph, "Chile", "--depth", String(Int.max))
    #expect(run.status == 0 && run.stdout.contains("Peru"), "\(run.stderr)")
  }

  @Test("Standard input past the limit fails while it is read, naming the input and the limit")
  func boundedStandardInput() throws {
    let text = Data(String(repeating: "Iran sold drones to Bolivia. ", count: 200).utf8)
    let run = try CLIRun.run(
      "relgraph", ["extract", "-"], stdin: text, environment: ["RELGRAPH_MAX_INPUT_BYTES": "1000"])
    #expect(run.status == 1 && run.stderr.contains("Unable to read '-': larger than 1000 bytes"), "\(run.stderr)")
  }

  @Test("A device given by path is refused at once", .enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
  func deviceRefused() throws {
    let run = try CLIRun.relgraph("extract", "/dev/zero")
    #expect(run.status == 1 && run.stderr.contains("Unable to read '/dev/zero': a device"), "\(run.stderr)")
  }

  @Test("A node-link graph on standard input is read as a graph, article text as text")
  func standardInputSniffed() throws {
    let extracted = try CLIRun.relgraph("extract", "-", stdin: Self.text)
    let fromGraph = try CLIRun.relgraph("neighbors", "-", "Chile", stdin: Data(extracted.stdout.utf8))
    let fromText = try CLIRun.relgraph("neighbors", "-", "Chile", stdin: Self.text)
    #expect(fromGraph.status == 0 && fromGraph.stdout == fromText.stdout, "\(fromGraph.stderr)")
  }

  @Test("An output that is an input, or whose extension names no format, is refused before anything is read")
  func outputRefused() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graph = directory.appendingPathComponent("g.json").path
    #expect(try CLIRun.relgraph("extract", "-", "-o", graph, stdin: Self.text).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: graph))
    for command in ["render", "extract", "dot"] {
      let run = try CLIRun.relgraph(command, graph, "-o", graph)
      #expect(run.status == 64 && run.stderr.contains("is an input"), "\(command): \(run.stderr)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == before)
    let gif = try CLIRun.relgraph("render", graph, "-o", directory.appendingPathComponent("g.gif").path)
    #expect(gif.status == 64 && gif.stderr.contains("cannot tell the format"), "\(gif.stderr)")
  }

  @Test("Two files of one name in different folders keep their evidence apart")
  func sameNameDocuments() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for folder in ["a", "b"] {
      let url = directory.appendingPathComponent(folder)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      try Self.text.write(to: url.appendingPathComponent("x.txt"))
    }
    let extract = try CLIRun.run("relgraph", ["extract", "a/x.txt", "b/x.txt"], in: directory)
    #expect(extract.stdout.contains(#""document":"a/x.txt""#) && extract.stdout.contains(#""document":"b/x.txt""#))
  }
}

@Suite struct TemporaryFilesTests {
  @Test("A tracked temporary file is removed by what SIGINT, SIGTERM and SIGHUP run; a released one is kept")
  func removedOnSignal() throws {
    let directory = try temporaryDirectory()
    let tracked = directory.appendingPathComponent(".relgraph-tracked").path
    let released = directory.appendingPathComponent(".relgraph-released").path
    #expect(FileManager.default.createFile(atPath: tracked, contents: Data("partial".utf8)))
    #expect(FileManager.default.createFile(atPath: released, contents: Data("done".utf8)))
    let slot = try #require(TemporaryFiles.track(tracked))
    TemporaryFiles.release(TemporaryFiles.track(released))
    for signal in TemporaryFiles.signals {
      var action = sigaction()
      #expect(sigaction(signal, nil, &action) == 0)
      #expect(unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) > 1, "no handler for \(signal)")
    }
    TemporaryFiles.removeAll()
    TemporaryFiles.release(slot)
    #expect(!FileManager.default.fileExists(atPath: tracked))
    #expect(FileManager.default.fileExists(atPath: released))
  }
}
