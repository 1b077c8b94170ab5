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
  /// For each slot, the number of the string in it plus one in the low 32 bits (0 marks an empty
  /// slot), and the high 32 bits of the string's hash in the high ones: a probe compares bytes
  /// only when the hashes agree, and a miss, most words of an article, reads nothing but slots.
  private var slots: [UInt64]

  /// A table numbering `strings` 0, 1, 2… in order; a repeated string keeps its first number.
  init(_ strings: [String]) {
    var capacity = 16
    while capacity < strings.count * 2 { capacity *= 2 }
    slots = Array(repeating: 0, count: capacity)
    for string in strings {
      let bytes = Array(string.utf8)
      ranges.append(storage.count..<storage.count + bytes.count)
      storage.append(contentsOf: bytes)
      let hash = bytes.fnv1aHash
      var slot = Self.firstSlot(hash, capacity)
      var isRepeated = false
      while slots[slot] != 0, !isRepeated {
        isRepeated = storage[ranges[Self.number(in: slots[slot])]].elementsEqual(bytes)
        slot = (slot + 1) & (capacity - 1)
      }
      if !isRepeated { slots[slot] = UInt64(ranges.count) | (hash >> 32) << 32 }
    }
  }

  /// The number of the string whose UTF-8 bytes are `bytes`, if the table has it.
  func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = bytes.fnv1aHash
    return storage.withUnsafeBufferPointer { storage in
      var slot = Self.firstSlot(hash, slots.count)
      while slots[slot] != 0 {
        if slots[slot] >> 32 == hash >> 32 {
          let number = Self.number(in: slots[slot])
          let range = ranges[number]
          if range.count == bytes.count, bytes.isEmpty || memcmp(storage.baseAddress! + range.lowerBound, bytes.baseAddress!, bytes.count) == 0 {
            return number
          }
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

  private static func firstSlot(_ hash: UInt64, _ capacity: Int) -> Int { Int(truncatingIfNeeded: hash) & (capacity - 1) }

  /// The number of the string a full slot holds.
  private static func number(in slot: UInt64) -> Int { Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1 }
}
