import Foundation

/// Writes files so that a failure never leaves a half-written or truncated file.
enum AtomicFile {
  /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
  ///
  /// - Throws: ``CLIError`` naming the file and the reason.
  static func write(_ bytes: some DataProtocol, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(bytes).write(to: temporary)
      // rename(2) replaces the destination atomically: readers see the old file or the new one.
      guard rename(temporary.path, url.path) == 0 else {
        throw CLIError.unwritable(path, String(cString: strerror(errno)))
      }
    } catch let error as CLIError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CLIError.unwritable(path, (error as NSError).localizedDescription)
    }
  }
}
