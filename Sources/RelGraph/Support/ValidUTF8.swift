/// Reading Unicode scalars in place from UTF-8 that is known to be valid, as a
/// ``TextDocument``'s text is once checked: the segmenter and tokenizer walk documents as bytes.
extension UnsafeBufferPointer<UInt8> {
  /// The scalar whose encoding starts at `offset`, and how many bytes it takes.
  @inline(__always)
  func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
    let lead = UInt32(self[offset])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    func continuation(_ index: Int) -> UInt32 { UInt32(self[offset + index] & 0x3F) }
    let (value, width) =
      if lead < 0xE0 {
        ((lead & 0x1F) << 6 | continuation(1), 2)
      } else if lead < 0xF0 {
        ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
      } else {
        ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
      }
    return (Unicode.Scalar(value).unsafelyUnwrapped, width)
  }

  /// The number of scalars whose encodings start in `range`: its bytes that are not
  /// continuation bytes (`10xxxxxx`), counted eight at a time.
  func scalarCount(in range: Range<Int>) -> Int {
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var continuations = 0
    var offset = range.lowerBound
    while offset + 8 <= range.upperBound {
      let word = UInt64(littleEndian: UnsafeRawPointer(baseAddress! + offset).loadUnaligned(as: UInt64.self))
      continuations += (word & ~(word << 1) & highBits).nonzeroBitCount  // bit 7 set, bit 6 clear
      offset += 8
    }
    while offset < range.upperBound {
      if self[offset] & 0xC0 == 0x80 { continuations += 1 }
      offset += 1
    }
    return range.count - continuations
  }

  /// Where the scalar whose encoding ends just before `offset` starts.
  @inline(__always)
  func scalarStart(before offset: Int) -> Int {
    var start = offset - 1
    while self[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }
}
