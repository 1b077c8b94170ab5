import Foundation

/// Writes files so that a failure never leaves a half-written or truncated file.
enum AtomicFile {
  /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
  ///
  /// Plain `fopen`/`fwrite`: Foundation's file writing costs about ten times as much per file,
  /// which shows when thousands of drawings are written. The bytes are written where they lie,
  /// region by region, not copied first: a graph's JSON can be hundreds of megabytes.
  ///
  /// - Throws: ``CLIError`` naming the file and the reason.
  static func write(_ bytes: some DataProtocol, to path: String) throws {
    try write(to: path) { write in
      for region in bytes.regions { region.withUnsafeBytes(write) }
    }
  }

  /// Writes the pieces `body` passes to `write`, in order, to a temporary file beside `path`,
  /// then renames it over `path`. If `body` throws, no file is left and `path` is untouched.
  ///
  /// - Throws: ``CLIError`` naming the file and the reason, or what `body` throws.
  static func write(to path: String, _ body: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void) throws {
    let directory = (path as NSString).deletingLastPathComponent
    let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
    guard let file = fopen(temporary, "wb") else {
      throw CLIError.unwritable(path, String(cString: strerror(errno)))
    }
    var written = 0
    var expected = 0
    do {
      try body { piece in
        expected += piece.count
        if !piece.isEmpty { written += fwrite(piece.baseAddress, 1, piece.count, file) }
      }
    } catch {
      fclose(file)
      unlink(temporary)
      throw error
    }
    let closed = fclose(file) == 0
    // rename(2) replaces the destination atomically: readers see the old file or the new one.
    guard written == expected, closed, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError.unwritable(path, reason)
    }
  }
}
