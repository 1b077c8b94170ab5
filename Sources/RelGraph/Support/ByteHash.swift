extension UnsafeBufferPointer<UInt8> {
  /// A 64-bit hash of the bytes, read eight at a time (a short string in two overlapping reads)
  /// and mixed by multiplication, finished by SplitMix64's finalizer. FNV-1a, which multiplies
  /// once per byte, made every byte of a word or a line wait for the one before.
  var byteHash: UInt64 {
    var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    guard let base = baseAddress, count > 0 else { return Self.finish(hash) }
    let bytes = UnsafeRawPointer(base)
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        hash = Self.step(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      // The last eight bytes, which may overlap those read already.
      return Self.finish(Self.step(hash, bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)))
    }
    let word: UInt64 =
      if count >= 4 {
        UInt64(bytes.loadUnaligned(as: UInt32.self))
          | UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
      } else {
        UInt64(self[0]) | UInt64(self[count / 2]) << 8 | UInt64(self[count - 1]) << 16
      }
    return Self.finish(Self.step(hash, word))
  }

  /// `hash` with eight more bytes mixed in.
  private static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
    return mixed ^ (mixed >> 29)
  }

  /// SplitMix64's finalizer, which spreads every bit over the whole word.
  private static func finish(_ hash: UInt64) -> UInt64 {
    var mixed = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

extension [UInt8] {
  /// ``Swift/UnsafeBufferPointer/byteHash`` of the array's bytes.
  var byteHash: UInt64 { withUnsafeBufferPointer(\.byteHash) }
}
