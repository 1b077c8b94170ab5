import ArgumentParser
import Foundation

/// Where a command writes: a file given with `-o`, else standard output.
struct OutputOptions: ParsableArguments {
  @Option(name: [.short, .long], help: ArgumentHelp("The file to write; standard output when absent.", valueName: "file"))
  var output: String?

  /// Writes `bytes` to the output file through a temporary file and a rename, so a failure never
  /// leaves a half-written file; or to standard output.
  func write(_ bytes: some DataProtocol) throws {
    guard let output else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    let url = URL(fileURLWithPath: output)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(bytes).write(to: temporary)
      // rename(2) replaces the destination atomically: readers see the old file or the new one.
      guard rename(temporary.path, url.path) == 0 else {
        throw CLIError.unwritable(output, String(cString: strerror(errno)))
      }
    } catch let error as CLIError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CLIError.unwritable(output, (error as NSError).localizedDescription)
    }
  }
}
