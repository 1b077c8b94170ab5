import Foundation

/// Python 3 and its modules, for the tests that read relgraph's output with Python's readers.
public enum Python {
  /// Whether `python3` runs and imports every module of `modules`.
  public static func has(_ modules: String...) -> Bool {
    (try? run("import " + modules.joined(separator: ", "), arguments: []).status) == 0
  }

  /// Runs `script` with `python3 -c`, passing `arguments`; returns the exit status and standard output.
  public static func run(_ script: String, arguments: [String]) throws -> (status: Int32, stdout: String) {
    try Command.run("/usr/bin/env", ["python3", "-c", script] + arguments)
  }
}
