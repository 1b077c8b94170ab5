import Foundation

/// Numbers strings by their UTF-8 bytes: finds a string's number straight from bytes in a file,
/// without making a `String` of them first.
///
/// An open-addressing hash table (``Swift/UnsafeBufferPointer/byteHash``, linear probing) over
/// one buffer holding every string.
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
      let hash = bytes.byteHash
      ranges.append(storage.count..<storage.count + bytes.count)
      storage.append(contentsOf: bytes)
      if case .empty(let slot) = bytes.withUnsafeBufferPointer({ probe(for: $0, hash: hash) }) {
        slots[slot] = Self.slot(number: ranges.count - 1, hash: hash)
      }
    }
  }

  /// The number of the string whose UTF-8 bytes are `bytes`, if the table has it.
  func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    if case .found(let number) = probe(for: bytes, hash: bytes.byteHash) { return number }
    return nil
  }

  /// The number of `string`, if the table has it.
  func number(of string: String) -> Int? {
    var string = string
    return string.withUTF8 { number(of: $0) }
  }

  /// The number of `string`, which gets the next number if the table lacks it.
  @discardableResult
  mutating func insert(_ string: String) -> Int {
    var string = string
    return string.withUTF8 { insert($0) }
  }

  /// The number of the string whose UTF-8 bytes are `bytes`, which gets the next number if the
  /// table lacks it.
  @discardableResult
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = bytes.byteHash
    switch probe(for: bytes, hash: hash) {
    case .found(let number):
      return number
    case .empty(let slot):
      ranges.append(storage.count..<storage.count + bytes.count)
      storage.append(contentsOf: bytes)
      // At most half the slots are full, so that probes stay short; growing places every string.
      if ranges.count * 2 > slots.count {
        grow()
      } else {
        slots[slot] = Self.slot(number: ranges.count - 1, hash: hash)
      }
      return ranges.count - 1
    }
  }

  /// Where a probe for a string ends: at its number, or at the empty slot it would take.
  private enum Probe {
    case found(Int)
    case empty(Int)
  }

  /// Probes for the string whose bytes are `bytes` and hash `hash`.
  private func probe(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Probe {
    storage.withUnsafeBufferPointer { storage in
      var slot = Self.firstSlot(hash, slots.count)
      while slots[slot] != 0 {
        if slots[slot] >> 32 == hash >> 32 {
          let number = Self.number(in: slots[slot])
          let range = ranges[number]
          if range.count == bytes.count,
            bytes.isEmpty || memcmp(storage.baseAddress! + range.lowerBound, bytes.baseAddress!, bytes.count) == 0
          {
            return .found(number)
          }
        }
        slot = (slot + 1) & (slots.count - 1)
      }
      return .empty(slot)
    }
  }

  /// Doubles the slots, placing every string again, the first of repeated ones first.
  private mutating func grow() {
    var grown = Self(slotCount: slots.count * 2)
    swap(&grown.storage, &storage)
    swap(&grown.ranges, &ranges)
    for number in grown.ranges.indices {
      let hash = grown.storage.withUnsafeBufferPointer {
        UnsafeBufferPointer(rebasing: $0[grown.ranges[number]]).byteHash
      }
      var slot = Self.firstSlot(hash, grown.slots.count)
      while grown.slots[slot] != 0 { slot = (slot + 1) & (grown.slots.count - 1) }
      grown.slots[slot] = Self.slot(number: number, hash: hash)
    }
    self = grown
  }

  private init(slotCount: Int) { slots = Array(repeating: 0, count: slotCount) }

  /// A full slot: the string's number plus one, and the high half of its hash.
  private static func slot(number: Int, hash: UInt64) -> UInt64 { UInt64(number + 1) | (hash >> 32) << 32 }

  private static func firstSlot(_ hash: UInt64, _ capacity: Int) -> Int {
    Int(truncatingIfNeeded: hash) & (capacity - 1)
  }

  /// The number of the string a full slot holds.
  private static func number(in slot: UInt64) -> Int { Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1 }
}
