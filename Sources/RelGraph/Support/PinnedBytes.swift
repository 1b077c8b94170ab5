/// Bytes at an address that stays put for the object's life: a document's text, which its
/// tokens read in place (``Token``) rather than each keeping a `String` of its own.
///
/// The bytes never change after they are copied in, so sharing them between tasks is safe.
final class PinnedBytes: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>

  init(_ bytes: [UInt8]) {
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = storage.initialize(from: bytes)
    buffer = UnsafeBufferPointer(storage)
  }

  deinit { buffer.deallocate() }
}
