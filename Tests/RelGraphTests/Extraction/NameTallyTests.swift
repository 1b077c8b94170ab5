import Testing

@testable import RelGraph

@Suite struct NameTallyTests {
  @Test("A tally counts every name added before each count, however adds and counts interleave")
  func interleavedCounts() {
    var tally = NameTally()
    #expect(tally.count(of: "Iran") == 0)
    for name in ["Iran", "Bolivia", "Iran"] { tally.add(name) }
    #expect(tally.count(of: "Iran") == 2)
    #expect(tally.count(of: "Bolivia") == 1)
    tally.add("Bolivia")
    tally.add("Iran")
    #expect(tally.count(of: "Iran") == 3)
    #expect(tally.count(of: "Bolivia") == 2)
    #expect(tally.count(of: "Peru") == 0)
  }
}
