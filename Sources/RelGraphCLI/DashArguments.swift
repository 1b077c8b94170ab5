import Foundation

extension RelGraphCommand {
  /// The message for a command line whose argument before any `--` starts with `-` and names an
  /// existing file, which the parser would read as options ("-dash.txt" reads as `-d -a -s -h`,
  /// a request for help); `nil` for any other command line.
  public static func dashNamedFileMessage(_ arguments: [String]) -> String? {
    for argument in arguments.dropFirst().prefix(while: { $0 != "--" })
    where argument.count > 1 && argument.hasPrefix("-") && !argument.hasPrefix("--")
      && FileManager.default.fileExists(atPath: argument)
    {
      return
        "Error: '\(argument)' names a file but reads as options. Put '--' after the options and before such names (relgraph extract -o graph.json -- \(argument)), or write ./\(argument)."
    }
    return nil
  }
}
