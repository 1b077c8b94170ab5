import Foundation

/// Extraction progress on standard error — documents done, MB/s, time left — when standard
/// error is a terminal and the work is long enough to wait for; silent otherwise.
struct Progress: Sendable {
  let documents: Int
  let bytes: Int
  private let start = Date()
  private let isShown: Bool

  init(documents: Int, bytes: Int) {
    self.documents = documents
    self.bytes = bytes
    isShown = isatty(STDERR_FILENO) == 1 && (documents > 1 || bytes > 1 << 20)
  }

  /// Shows that `done` documents are extracted.
  func report(_ done: Int) {
    guard isShown else { return }
    let seconds = max(Date().timeIntervalSince(start), 0.001)
    let megabytes = Double(bytes) * Double(done) / Double(max(documents, 1)) / 1_048_576
    let left = seconds / Double(done) * Double(documents - done)
    let line = String(format: "\r%d/%d documents  %.1f MB/s  ETA %.0f s ", done, documents, megabytes / seconds, left)
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Ends the progress line.
  func finish() {
    if isShown { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
