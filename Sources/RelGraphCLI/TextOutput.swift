/// Lines of text a command prints, written to standard output at once with ``StandardOutput``,
/// so that output that cannot be written is an error rather than a silent loss.
struct TextOutput {
  private(set) var text = ""

  /// Adds `line` and a line break.
  mutating func line(_ line: String) {
    text += line
    text += "\n"
  }

  /// Writes the lines to standard output.
  ///
  /// - Throws: ``CLIError`` when not every byte could be written.
  func write() throws { try StandardOutput.write(Array(text.utf8)) }
}
