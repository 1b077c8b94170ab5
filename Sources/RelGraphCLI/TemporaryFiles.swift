import Foundation
import Synchronization

/// The temporary files being written (``AtomicFile``), removed if the process is stopped by
/// SIGINT, SIGTERM or SIGHUP before it renames them, so that an interrupted run leaves no hidden
/// file behind.
///
/// The signal handler may only make async-signal-safe calls, so the paths live in a fixed table
/// of C strings allocated once, each slot flagged in use by an atomic; the handler unlinks the
/// slots in use, restores the signal's default action and raises it again, so the process ends
/// as the signal meant.
enum TemporaryFiles {
  /// How many temporary files may be tracked at once; past that a file is written untracked.
  static let capacity = 64
  private static let slotBytes = Int(PATH_MAX) + 1

  // A slot's bytes are written only by the writer that claimed it (under `claimed`), before its
  // flag is set, and read only while the flag is set: the pointers are shared, the bytes are not.
  nonisolated(unsafe) private static let paths = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * slotBytes)
  nonisolated(unsafe) private static let inUse: UnsafeMutablePointer<Atomic<Bool>> = {
    let flags = UnsafeMutablePointer<Atomic<Bool>>.allocate(capacity: capacity)
    for slot in 0..<capacity { (flags + slot).initialize(to: Atomic(false)) }
    return flags
  }()
  private static let claimed = Mutex<[Bool]>(Array(repeating: false, count: capacity))
  private static let handlersInstalled = Mutex(false)

  /// The signals that remove the temporary files.
  static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Tracks `path` until ``release(_:)``; the slot it took, or `nil` when none is free or the
  /// path is too long for one.
  static func track(_ path: String) -> Int? {
    installHandlers()
    let utf8 = Array(path.utf8CString)
    guard utf8.count <= slotBytes,
      let slot = claimed.withLock({ claimed -> Int? in
        guard let free = claimed.firstIndex(of: false) else { return nil }
        claimed[free] = true
        return free
      })
    else { return nil }
    utf8.withUnsafeBufferPointer { (paths + slot * slotBytes).update(from: $0.baseAddress!, count: $0.count) }
    inUse[slot].store(true, ordering: .releasing)
    return slot
  }

  /// Stops tracking the file of `slot` (renamed or removed by its writer).
  static func release(_ slot: Int?) {
    guard let slot else { return }
    inUse[slot].store(false, ordering: .releasing)
    claimed.withLock { $0[slot] = false }
  }

  /// Removes every tracked file: what the signal handler does, with async-signal-safe calls only.
  static func removeAll() {
    for slot in 0..<capacity where inUse[slot].load(ordering: .acquiring) {
      unlink(paths + slot * slotBytes)
    }
  }

  private static func installHandlers() {
    handlersInstalled.withLock { installed in
      guard !installed else { return }
      installed = true
      _ = (paths, inUse)  // made before any signal can need them
      for signal in signals {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
          TemporaryFiles.removeAll()
          Foundation.signal(signal, SIG_DFL)
          raise(signal)
        }
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
      }
    }
  }
}
