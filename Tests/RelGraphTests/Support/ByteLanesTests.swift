import Testing

@testable import RelGraph

@Suite struct ByteLanesTests {
  @Test("A word has a byte, or one below a limit, exactly when one of its eight bytes does")
  func byteTests() {
    for position in 0..<8 {
      for byte in [UInt8(0x00), 0x01, 0x1F, 0x20, 0x2E, 0x7F, 0x80, 0xE2, 0xFF] {
        // The other bytes are 'a', which is neither the byte tested nor below the limits tested.
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
        bytes[position] = byte
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(word.hasByte(byte), "\(byte) at \(position)")
        #expect(word.hasByte(UInt8(ascii: ".")) == (byte == UInt8(ascii: ".")), "\(byte) at \(position)")
        #expect(word.hasByte(below: 0x20) == (byte < 0x20), "\(byte) at \(position)")
      }
    }
  }
}
