import Testing

@testable import RelGraph

@Suite struct ByteSearchTests {
  func search<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    var text = text
    return text.withUTF8(body)
  }

  @Test("A byte is found from where the search starts, and only within its range")
  func firstIndex() {
    search("a\nb\nc") { bytes in
      #expect(bytes.firstIndex(of: UInt8(ascii: "\n"), in: 0..<5) == 1)
      #expect(bytes.firstIndex(of: UInt8(ascii: "\n"), in: 2..<5) == 3)
      #expect(bytes.firstIndex(of: UInt8(ascii: "\n"), in: 4..<5) == nil)
      #expect(bytes.firstIndex(of: UInt8(ascii: "\n"), in: 2..<2) == nil)
    }
  }

  @Test("A pattern is found anywhere, after false starts, at the very end, and not past it")
  func containsBytes() {
    search("mmemo memorandum") { text in
      for (pattern, found) in [
        ("memorandum", true), ("mem", true), ("dum", true), ("", true), ("dumb", false), ("mmm", false),
      ] {
        #expect(search(pattern) { text.containsBytes($0) } == found, "\(pattern)")
      }
      #expect(search("mmemo memorandum and more") { $0.containsBytes(text) })
      #expect(!search("memo") { $0.containsBytes(text) })
    }
  }
}
