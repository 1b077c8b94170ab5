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

  /// Where the scalar whose encoding ends just before `offset` starts.
  @inline(__always)
  func scalarStart(before offset: Int) -> Int {
    var start = offset - 1
    while self[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }
}
