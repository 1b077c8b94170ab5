import Foundation

/// Python 3 and its modules, for the tests that read relgraph's output with Python's readers.
public enum Python {
  /// Whether `python3` runs and imports every module of `modules`.
  public static func has(_ modules: String...) -> Bool {
    (try? run("import " + modules.joined(separator: ", "), arguments: []).status) == 0
  }

  /// Runs `script` with `python3 -c`, passing `arguments`; returns the exit status and standard output.
  public static func run(_ script: String, arguments: [String]) throws -> (status: Int32, stdout: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self))
  }
}
