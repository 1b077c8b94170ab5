/// A failure of the command line around the library: where it happened, and why.
struct CLIError: Error, CustomStringConvertible {
  var description: String

  /// "Unable to read 'article.txt': the document is empty".
  static func unreadable(_ path: String, _ reason: Any) -> CLIError {
    CLIError(description: "Unable to read '\(path)': \(reason)")
  }

  /// "Unable to write 'out.svg': …".
  static func unwritable(_ path: String, _ reason: Any) -> CLIError {
    CLIError(description: "Unable to write '\(path)': \(reason)")
  }
}
