import Testing

@testable import RelGraph

@Suite struct LowercasingTests {
  @Test("The fast lowercasing gives lowercased()'s bytes for every Unicode scalar, amid ASCII")
  func everyScalar() {
    let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
    var differing: [Unicode.Scalar] = []
    for start in stride(from: 0, to: scalars.count, by: 64) {
      var view = String.UnicodeScalarView("Ab ".unicodeScalars)
      view.append(contentsOf: scalars[start..<min(start + 64, scalars.count)])
      let text = String(view)
      if Array(text.asciiFastLowercased.utf8) != Array(text.lowercased().utf8) { differing.append(scalars[start]) }
    }
    #expect(differing.isEmpty, "chunks starting at \(differing.prefix(5))")
    #expect("ÁFRICA del Sur ΣΑΣ".asciiFastLowercased == "áfrica del sur σασ")
  }
}
