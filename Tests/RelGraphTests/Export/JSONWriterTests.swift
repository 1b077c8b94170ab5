import Testing

@testable import RelGraph

@Suite struct JSONWriterTests {
  private func written(_ body: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter()
    body(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test("Integers are written digit by digit, as Swift prints them, at both ends of their range")
  func integers() {
    for value in [0, 7, -7, 10, 1_000_000, -1_000_000_007, Int.max, Int.min] {
      #expect(written { $0.integer(value) } == String(value))
    }
  }

  @Test("Numbers: integral values without a fraction, others as Swift prints them")
  func numbers() {
    #expect(written { $0.number(42) } == "42" && written { $0.number(-3) } == "-3")
    #expect(written { $0.number(0.9) } == "0.9" && written { $0.number(1e20) } == "1e+20")
  }

  @Test("Fields are written in key order, extra fields merged in where their keys sort and escaped")
  func fieldsAndExtras() {
    let json = written { writer in
      writer.object(extras: ["zeta": "z", "b\"x": "q\"", "alpha": "a"]) { object in
        object.field("beta") { $0.integer(1) }
        object.field("gamma") { $0.string("g") }
      }
    }
    #expect(json == #"{"alpha":"a","b\"x":"q\"","beta":1,"gamma":"g","zeta":"z"}"#)
    #expect(written { $0.object { _ in } } == "{}")
  }
}
