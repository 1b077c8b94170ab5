import Foundation

/// Writes files so that a failure never leaves a half-written, truncated or clobbered file.
enum AtomicFile {
  /// Writes `bytes` to `path` (see ``write(to:_:)``).
  ///
  /// The bytes are written where they lie, region by region, not copied first: a graph's JSON can
  /// be hundreds of megabytes.
  ///
  /// - Throws: ``CLIError`` naming the file and the reason.
  static func write(_ bytes: some DataProtocol, to path: String) throws {
    try write(to: path) { write in
      for region in bytes.regions { region.withUnsafeBytes(write) }
    }
  }

  /// Writes the pieces `body` passes to `write`, in order, to `path`.
  ///
  /// A regular file (or a new one) is written to a temporary file beside it, created exclusively
  /// under an unpredictable name (`mkstemp`, which never follows a link), given the mode the
  /// file had (or the default one), and renamed over it: readers see the old file or the new
  /// one, and if `body` throws or a write fails, or SIGINT, SIGTERM or SIGHUP stops the process
  /// (``TemporaryFiles``), `path` is untouched and no temporary file is left. A character device or a FIFO (`/dev/null`, a pipe) is written straight to; a folder
  /// is an error. Plain POSIX calls: Foundation's file writing costs about ten times as much per
  /// file, which shows when thousands of drawings are written.
  ///
  /// - Throws: ``CLIError`` naming the file and the reason, or what `body` throws.
  static func write(to path: String, _ body: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void) throws {
    var status = stat()
    let exists = stat(path, &status) == 0
    if path.hasSuffix("/") || exists && status.st_mode & S_IFMT == S_IFDIR {
      throw CLIError.unwritable(path, "it is a folder")
    }
    if exists, [S_IFCHR, S_IFIFO].contains(status.st_mode & S_IFMT) {
      return try writeStraight(to: path, body)
    }
    let folder = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    var template = Array("\(folder)/.relgraph-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw CLIError.unwritable(path, String(cString: strerror(errno))) }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    let tracked = TemporaryFiles.track(temporary)
    defer { TemporaryFiles.release(tracked) }
    _ = fchmod(descriptor, exists ? status.st_mode & 0o7777 : 0o666 & ~currentUmask())
    guard let file = fdopen(descriptor, "wb") else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      unlink(temporary)
      throw CLIError.unwritable(path, reason)
    }
    do {
      let complete = try writeAll(body, to: file)
      let closed = fclose(file) == 0
      // rename(2) replaces the destination atomically: readers see the old file or the new one.
      guard complete, closed, rename(temporary, path) == 0 else {
        throw CLIError.unwritable(path, String(cString: strerror(errno)))
      }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Writes the pieces straight to a device or a FIFO, which cannot be replaced.
  private static func writeStraight(
    to path: String, _ body: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void
  ) throws {
    guard let file = fopen(path, "wb") else { throw CLIError.unwritable(path, String(cString: strerror(errno))) }
    let complete = try writeAll(body, to: file)
    guard fclose(file) == 0, complete else { throw CLIError.unwritable(path, String(cString: strerror(errno))) }
  }

  /// Writes every piece `body` passes to `file`; whether every byte was written. The file is
  /// closed if `body` throws.
  static func writeAll(
    _ body: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void, to file: UnsafeMutablePointer<FILE>
  ) throws -> Bool {
    var written = 0
    var expected = 0
    do {
      try body { piece in
        expected += piece.count
        if !piece.isEmpty { written += fwrite(piece.baseAddress, 1, piece.count, file) }
      }
    } catch {
      fclose(file)
      throw error
    }
    return written == expected && fflush(file) == 0
  }

  /// The process's file mode creation mask.
  private static func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
  }
}
