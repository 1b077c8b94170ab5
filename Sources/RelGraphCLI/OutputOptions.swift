import ArgumentParser
import Foundation

/// Where a command writes: a file given with `-o`, else standard output.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.short, .long],
    help: ArgumentHelp("The file to write; standard output when absent or '-'.", valueName: "file"))
  var output: String?

  /// Writes `bytes` to the output file (see ``AtomicFile``), or to standard output.
  func write(_ bytes: some DataProtocol) throws {
    guard let output, output != "-" else { return try StandardOutput.write(bytes) }
    try AtomicFile.write(bytes, to: output)
  }

  /// Writes the pieces `body` passes to `write`, as they come, to the output file (see
  /// ``AtomicFile``), or to standard output.
  func write(_ body: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void) throws {
    guard let output, output != "-" else { return try StandardOutput.write(body) }
    try AtomicFile.write(to: output, body)
  }
}
