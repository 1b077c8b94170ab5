import Foundation

/// Standard output, written with checks: output that cannot be written (a full disk, a closed
/// pipe) is an error, not a silent loss.
enum StandardOutput {
  /// Writes `bytes` (see ``write(_:)-(_)``).
  ///
  /// - Throws: ``CLIError`` when not every byte could be written.
  static func write(_ bytes: some DataProtocol) throws {
    try write { write in
      for region in bytes.regions { region.withUnsafeBytes(write) }
    }
  }

  /// Writes the pieces `body` passes to `write`, in order, to file descriptor 1, after anything
  /// the process printed before.
  ///
  /// - Throws: ``CLIError`` when not every byte could be written, or what `body` throws.
  static func write(_ body: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void) throws {
    fflush(nil)
    var failure: Int32?
    try body { piece in
      var offset = 0
      while failure == nil, offset < piece.count {
        let count = Foundation.write(STDOUT_FILENO, piece.baseAddress! + offset, piece.count - offset)
        if count > 0 {
          offset += count
        } else if count < 0, errno != EINTR {
          failure = errno
        }
      }
    }
    if let failure { throw CLIError.unwritable("standard output", String(cString: strerror(failure))) }
  }
}
