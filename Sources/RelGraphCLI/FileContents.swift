import Foundation

/// Reads articles as bytes with POSIX calls, straight into the array the extractor keeps, with
/// no mapping whose every page is faulted in by a copy.
enum FileContents {
  /// The size in bytes of the file at `path`, checked against `limit`; 0 for standard input
  /// ("-"), whose size is known only once it is read.
  ///
  /// - Throws: ``CLIError`` naming the file when it is missing, unreadable or too large.
  static func size(of path: String, limit: Int) throws -> Int {
    guard path != "-" else { return 0 }
    var status = stat()
    guard stat(path, &status) == 0 else { throw failure(path, errno) }
    try check(Int(status.st_size), of: path, limit: limit)
    return Int(status.st_size)
  }

  /// The bytes of the file at `path`, or of standard input for "-".
  ///
  /// A regular file is read into an array of its size; standard input, pipes and FIFOs are read
  /// a megabyte at a time, and fail as soon as they pass `limit`, however much more they would
  /// give. A device (`/dev/zero`), which may never end, is refused.
  ///
  /// - Throws: ``CLIError`` naming the file when it is missing, unreadable, a device or larger than `limit`.
  static func bytes(of path: String, limit: Int) throws -> [UInt8] {
    guard path != "-" else { return try StandardInput.bytes(limit: limit) }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw failure(path, errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(path, errno) }
    let type = status.st_mode & S_IFMT
    guard type != S_IFCHR, type != S_IFBLK else {
      throw CLIError.unreadable(path, "a device, not a file (give it on standard input as '-')")
    }
    let size = Int(status.st_size)
    try check(size, of: path, limit: limit)
    guard type == S_IFREG, size > 0 else { return try stream(descriptor, of: path, limit: limit) }
    return try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      while count < size {
        let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
        if read < 0, errno == EINTR { continue }
        guard read > 0 else {
          if read < 0 { throw failure(path, errno) }
          break  // the file shrank while it was read
        }
        count += read
      }
    }
  }

  /// The bytes `descriptor` gives until its end, read a megabyte at a time; fails as soon as
  /// they are more than `limit`.
  static func stream(_ descriptor: Int32, of path: String, limit: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let read = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
      if read < 0, errno == EINTR { continue }
      if read < 0 { throw failure(path, errno) }
      if read == 0 { return bytes }
      try check(bytes.count + read, of: path, limit: limit)
      bytes.append(contentsOf: chunk[..<read])
    }
  }

  /// Fails when `size` bytes are more than `limit`.
  private static func check(_ size: Int, of path: String, limit: Int) throws {
    guard size <= limit else {
      throw CLIError.unreadable(path, limit >= 1 << 20 ? "larger than \(limit >> 20) MB" : "larger than \(limit) bytes")
    }
  }

  /// The error for a failed system call on `path`.
  private static func failure(_ path: String, _ code: Int32) -> CLIError {
    CLIError.unreadable(path, code == ENOENT ? "no such file" : String(cString: strerror(code)))
  }
}
