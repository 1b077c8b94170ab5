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
  /// A regular file is read into an array of its size; pipes, and files whose size the system
  /// does not tell, are read to their end.
  ///
  /// - Throws: ``CLIError`` naming the file when it is missing, unreadable or larger than `limit`.
  static func bytes(of path: String, limit: Int) throws -> [UInt8] {
    guard path != "-" else {
      let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
      try check(bytes.count, of: path, limit: limit)
      return bytes
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw failure(path, errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(path, errno) }
    let size = Int(status.st_size)
    try check(size, of: path, limit: limit)
    guard status.st_mode & S_IFMT == S_IFREG, size > 0 else {
      let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
      do {
        let bytes = Array(try handle.readToEnd() ?? Data())
        try check(bytes.count, of: path, limit: limit)
        return bytes
      } catch let error as CLIError {
        throw error
      } catch {
        throw CLIError.unreadable(path, (error as NSError).localizedDescription)
      }
    }
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

  /// Fails when `size` bytes are more than `limit`.
  private static func check(_ size: Int, of path: String, limit: Int) throws {
    guard size <= limit else { throw CLIError.unreadable(path, "larger than \(limit >> 20) MB") }
  }

  /// The error for a failed system call on `path`.
  private static func failure(_ path: String, _ code: Int32) -> CLIError {
    CLIError.unreadable(path, code == ENOENT ? "no such file" : String(cString: strerror(code)))
  }
}
