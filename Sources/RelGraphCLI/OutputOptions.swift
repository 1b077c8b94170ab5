import ArgumentParser
import Foundation

/// Where a command writes: a file given with `-o`, else standard output.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.short, .long], help: ArgumentHelp("The file to write; standard output when absent.", valueName: "file"))
  var output: String?

  /// Writes `bytes` to the output file (see ``AtomicFile``), or to standard output.
  func write(_ bytes: some DataProtocol) throws {
    guard let output else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    try AtomicFile.write(bytes, to: output)
  }

  /// Writes the pieces `body` passes to `write`, as they come, to the output file (see
  /// ``AtomicFile``), or to standard output.
  func write(_ body: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void) throws {
    guard let output else {
      try body { FileHandle.standardOutput.write(Data($0)) }
      return
    }
    try AtomicFile.write(to: output, body)
  }
}
