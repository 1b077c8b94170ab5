import Testing

@testable import RelGraph

@Suite struct ArrayAppendReservingTests {
  @Test("Appending with room reserved at the first keeps the elements in order and makes the room once")
  func reservesAtFirst() {
    var list: [Int] = []
    list.append(1, reservingAtFirst: 4)
    #expect(list == [1] && list.capacity >= 4)
    let storage = list.withUnsafeBufferPointer(\.baseAddress)
    for element in 2...4 { list.append(element, reservingAtFirst: 4) }
    #expect(list == [1, 2, 3, 4])
    #expect(list.withUnsafeBufferPointer(\.baseAddress) == storage)
  }
}
