import Foundation

/// Programs the tests run to read relgraph's output with other tools (Python, a browser).
public enum Command {
  /// Runs `executable` with `arguments` and returns its exit status and standard output; its
  /// standard error is discarded.
  public static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self))
  }
}
