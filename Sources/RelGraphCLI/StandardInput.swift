import Foundation
import Synchronization

/// Standard input, read once, within the input limit, and kept: the command first looks at it
/// to tell a node-link graph from article text, then reads it as one or the other.
enum StandardInput {
  private static let cache = Mutex<Result<[UInt8], CLIError>?>(nil)

  /// The bytes of standard input, read to its end the first time (see ``FileContents``).
  ///
  /// - Throws: ``CLIError`` when it cannot be read or passes `limit`.
  static func bytes(limit: Int) throws -> [UInt8] {
    let result = cache.withLock { cached in
      if let cached { return cached }
      let read: Result<[UInt8], CLIError>
      do {
        read = .success(try FileContents.stream(STDIN_FILENO, of: "-", limit: limit))
      } catch let error as CLIError {
        read = .failure(error)
      } catch {
        read = .failure(CLIError.unreadable("-", error))
      }
      cached = read
      return read
    }
    return try result.get()
  }

  /// Whether standard input holds a node-link graph: its first character other than white space
  /// is `{`, which no article starts with.
  static func isGraph(limit: Int) throws -> Bool {
    try bytes(limit: limit).first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
  }
}
