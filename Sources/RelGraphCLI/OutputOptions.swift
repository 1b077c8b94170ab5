import ArgumentParser
import Foundation

/// Where a command writes: a file given with `-o`, else standard output.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.short, .long],
    help: ArgumentHelp("The file to write; standard output when absent or '-'.", valueName: "file"))
  var output: String?

  /// Fails when the output file is one of `inputs`: writing it would replace what is read.
  func validate(against inputs: [String]) throws {
    guard let output, output != "-" else { return }
    var target = stat()
    guard stat(output, &target) == 0 else { return }
    for input in inputs where input != "-" {
      var source = stat()
      if stat(input, &source) == 0, source.st_dev == target.st_dev, source.st_ino == target.st_ino {
        throw ValidationError("-o '\(output)' is an input: writing it would replace what is read.")
      }
    }
  }

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
