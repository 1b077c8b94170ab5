extension Sequence<UInt8> {
  /// The 64-bit FNV-1a hash of the bytes: quick to work out, and spread well enough for tables
  /// keyed by byte strings.
  var fnv1aHash: UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in self { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
