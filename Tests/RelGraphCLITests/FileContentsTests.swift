import Foundation
import Testing

@testable import RelGraphCLI

@Suite struct FileContentsTests {
  @Test("A file is read whole, and sized without reading it")
  func regularFile() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("article.txt").path
    let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try FileContents.size(of: path, limit: 1 << 20) == bytes.count)
    #expect(try FileContents.bytes(of: path, limit: 1 << 20) == bytes)
  }

  @Test("A named pipe, whose size the system does not tell, is read to its end")
  func namedPipe() async throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("pipe").path
    #expect(mkfifo(path, 0o600) == 0)
    let text = Array(String(repeating: "Chile signed a trade agreement with Peru. ", count: 5_000).utf8)
    let writer = Thread {
      let handle = FileHandle(forWritingAtPath: path)
      handle?.write(Data(text))
      try? handle?.close()
    }
    writer.start()
    #expect(try FileContents.bytes(of: path, limit: 1 << 20) == text)
  }

  @Test("A missing file and one over the limit are named with the reason")
  func failures() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("big.txt").path
    try Data(count: 2_048).write(to: URL(fileURLWithPath: path))
    let missing = directory.appendingPathComponent("missing.txt").path
    #expect(throws: CLIError.self) { try FileContents.size(of: missing, limit: 1 << 20) }
    do {
      _ = try FileContents.bytes(of: missing, limit: 1 << 20)
      Issue.record("a missing file was read")
    } catch {
      #expect("\(error)" == "Unable to read '\(missing)': no such file")
    }
    for read in [
      { _ = try FileContents.size(of: path, limit: 1_024) }, { _ = try FileContents.bytes(of: path, limit: 1_024) },
    ] {
      do {
        try read()
        Issue.record("a file over the limit was read")
      } catch {
        #expect("\(error)" == "Unable to read '\(path)': larger than 1024 bytes")
      }
    }
  }
}
