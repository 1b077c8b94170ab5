import Foundation

/// Numbers strings by their UTF-8 bytes: finds a string's number straight from bytes in a file,
/// without making a `String` of them first.
///
/// An open-addressing hash table (FNV-1a, linear probing) over one buffer holding every string.
/// Reading a graph of a million relations looks up two million ends; this does it several times
/// faster than a `Dictionary<String, Int>`, which must build and SipHash a `String` for each.
struct ByteStringTable {
  private var storage: [UInt8] = []
  /// Where each string lies in `storage`, by number.
  private var ranges: [Range<Int>] = []
  /// For each slot, the number of the string in it plus one; 0 marks an empty slot.
  private var slots: [Int32]

  /// A table numbering `strings` 0, 1, 2… in order; a repeated string keeps its first number.
  init(_ strings: [String]) {
    var capacity = 16
    while capacity < strings.count * 2 { capacity *= 2 }
    slots = Array(repeating: 0, count: capacity)
    for string in strings {
      let start = storage.count
      storage.append(contentsOf: string.utf8)
      ranges.append(start..<storage.count)
      let number = ranges.count - 1
      var slot = storage.withUnsafeBufferPointer { Self.firstSlot(UnsafeBufferPointer(rebasing: $0[start...]), capacity) }
      while slots[slot] != 0 {
        if storage[ranges[Int(slots[slot]) - 1]].elementsEqual(storage[start...]) { break }
        slot = (slot + 1) & (capacity - 1)
      }
      if slots[slot] == 0 { slots[slot] = Int32(number + 1) }
    }
  }

  /// The number of the string whose UTF-8 bytes are `bytes`, if the table has it.
  func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    storage.withUnsafeBufferPointer { storage in
      var slot = Self.firstSlot(bytes, slots.count)
      while slots[slot] != 0 {
        let range = ranges[Int(slots[slot]) - 1]
        if range.count == bytes.count, bytes.isEmpty || memcmp(storage.baseAddress! + range.lowerBound, bytes.baseAddress!, bytes.count) == 0 {
          return Int(slots[slot]) - 1
        }
        slot = (slot + 1) & (slots.count - 1)
      }
      return nil
    }
  }

  /// The number of `string`, if the table has it.
  func number(of string: String) -> Int? {
    var string = string
    return string.withUTF8 { number(of: $0) }
  }

  private static func firstSlot(_ bytes: UnsafeBufferPointer<UInt8>, _ capacity: Int) -> Int {
    let hash = bytes.fnv1aHash
    return Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (capacity - 1)
  }
}
