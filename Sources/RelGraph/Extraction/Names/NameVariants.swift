import Foundation

/// Rules that decide whether two written names are one person's.
enum NameVariants {
  /// A word of a name, with the forms the rules compare.
  struct Word {
    /// Lowercased, without accents: a `String`, which holds a word of up to 15 bytes, as most
    /// are, without an allocation of its own.
    let folded: String
    /// Whether ``folded`` is ASCII, as most names are: edit distances are then taken on its
    /// bytes, far cheaper than on characters and the same for ASCII.
    let isASCII: Bool
    /// The spelling key: no vowels after the first letter, no doubled letters, common
    /// transliteration choices unified ("sch"/"sh", "ph"/"f", "w"/"v", "ou"/"u").
    let skeleton: String

    /// The word written `text`.
    init(_ text: String) {
      var text = text
      self = text.withUTF8(Self.init(utf8:))
    }

    /// The word whose UTF-8 is `utf8`, read in place: an ASCII word is lowercased from its
    /// bytes, and only others need Foundation's folding.
    init(utf8: UnsafeBufferPointer<UInt8>) {
      var folded: String
      let isASCII: Bool
      if utf8.allSatisfy({ $0 < 0x80 }) {
        folded = String(unsafeUninitializedCapacity: utf8.count) { folded in
          for (index, byte) in utf8.enumerated() { folded[index] = byte.asciiLowercased }
          return utf8.count
        }
        isASCII = true
      } else {
        folded = NameKey.fold(String(decoding: utf8, as: UTF8.self))
        isASCII = folded.utf8.allSatisfy { $0 < 0x80 }
      }
      skeleton = folded.withUTF8 { folded in
        isASCII
          ? Self.asciiSkeleton(of: folded)
          : Self.skeleton(of: String(decoding: Self.unifyingTransliterations(in: folded), as: UTF8.self))
      }
      (self.folded, self.isASCII) = (folded, isASCII)
    }

    /// ``folded`` as characters, for comparing words that are not both ASCII.
    var characters: [Character] { Array(folded) }

    /// The letters of a word but vowels after the first letter and repeats.
    private static func skeleton(of word: String) -> String {
      var skeleton = ""
      for (index, character) in word.enumerated() {
        if index > 0, "aeiouy".contains(character) { continue }
        if skeleton.last == character { continue }
        skeleton.append(character)
      }
      return skeleton
    }

    /// ``skeleton(of:)`` of an ASCII word with its ``transliterations`` unified, in one pass
    /// over its bytes that writes the skeleton straight into its string: a word's forms are
    /// worked out for every name of every document, and each step copied the word again.
    private static func asciiSkeleton(of word: UnsafeBufferPointer<UInt8>) -> String {
      // No unified spelling is longer than the one it replaces, nor any skeleton than its word.
      String(unsafeUninitializedCapacity: word.count) { skeleton in
        var count = 0
        var unifiedCount = 0
        func append(_ byte: UInt8) {
          defer { unifiedCount += 1 }
          guard unifiedCount == 0 || !isVowel(byte), count == 0 || skeleton[count - 1] != byte else { return }
          skeleton[count] = byte
          count += 1
        }
        var index = 0
        while index < word.count {
          if let (length, replacement) = transliteration(at: index, in: word) {
            replacement.forEach(append)
            index += length
          } else {
            append(word[index])
            index += 1
          }
        }
        return count
      }
    }

    /// Whether an ASCII byte is one of the vowels a skeleton leaves out, "aeiouy".
    private static func isVowel(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
        UInt8(ascii: "y"):
        true
      default: false
      }
    }

    /// Spelling choices that transliterations make differently, each unified to one; where two
    /// could apply at one place, the first listed does.
    private static let transliterations = [
      ("sch", "sh"), ("ph", "f"), ("kh", "h"), ("w", "v"), ("ou", "u"), ("dj", "j"), ("q", "k"), ("c", "k"),
    ]
    .map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The letters of the patterns' first bytes, one bit each by their low six bits: a byte
    /// outside them starts no pattern and is copied as it is.
    private static let patternInitials = transliterations.reduce(UInt64(0)) { $0 | 1 << ($1.0[0] & 63) }

    /// `bytes` with the ``transliterations`` applied in one pass, left to right. On UTF-8 bytes,
    /// as the patterns are ASCII. One pass gives what a pass per pattern in turn gives, as no
    /// replacement makes a later pattern's letters.
    private static func unifyingTransliterations(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
      guard bytes.contains(where: { patternInitials & 1 << ($0 & 63) != 0 }) else { return Array(bytes) }
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        if let (length, replacement) = transliteration(at: index, in: bytes) {
          result.append(contentsOf: replacement)
          index += length
        } else {
          result.append(bytes[index])
          index += 1
        }
      }
      return result
    }

    /// The first of the ``transliterations`` whose pattern `bytes` has at `index`: the length
    /// of the pattern and the spelling it is unified to.
    private static func transliteration(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
      length: Int, replacement: [UInt8]
    )? {
      guard patternInitials & 1 << (bytes[index] & 63) != 0 else { return nil }
      for (pattern, replacement) in transliterations
      where index + pattern.count <= bytes.count && pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) {
        return (pattern.count, replacement)
      }
      return nil
    }
  }

  /// The words of a name, read from its bytes: no `String` is made of a word but its forms.
  static func words(of name: String) -> [Word] {
    var words: [Word] = []
    name.forEachSpaceSeparatedWord { words.append(Word(utf8: $0), reservingAtFirst: 4) }
    return words
  }

  /// Whether two words are spellings of one name: the same first letter and skeleton, and an edit
  /// distance of at most a quarter of the longer word (at least 2), so "Mahmud"/"Mahmoud" and
  /// "Pazeschkian"/"Pezeshkian" match but "Mohammad"/"Mahmud" do not.
  static func areSpellings(_ a: Word, _ b: Word) -> Bool {
    // Most pairs differ in skeleton, and equal words have equal skeletons: that test comes first.
    guard a.skeleton == b.skeleton else { return false }
    // The same word, folded, is a spelling at no distance.
    if a.folded == b.folded { return true }
    func areClose<Letter: Equatable>(_ a: [Letter], _ b: [Letter]) -> Bool {
      let limit = max(2, max(a.count, b.count) / 4)
      // Words whose lengths differ by more than the limit are farther apart than it: no distance to take.
      return a.first == b.first && abs(a.count - b.count) <= limit && EditDistance.between(a, b) <= limit
    }
    return a.isASCII && b.isASCII
      ? areClose(Array(a.folded.utf8), Array(b.folded.utf8)) : areClose(a.characters, b.characters)
  }

  /// How `short` relates to `long` when it is the same person's name, or `nil`.
  ///
  /// - `"spelling variant"`: as many words, each a spelling of the other's;
  /// - `"partial name"`: the words of `short` appear in `long`, in order ("Edmundo Novillo").
  static func relation(of short: [Word], to long: [Word]) -> String? {
    // Loops over indices: closures over the words copied each (four references) per comparison.
    if short.count == long.count {
      for index in short.indices where !areSpellings(short[index], long[index]) { return nil }
      return "spelling variant"
    }
    guard short.count < long.count else { return nil }
    var position = long.startIndex
    for index in short.indices {
      while position < long.endIndex, !areSpellings(long[position], short[index]) { position += 1 }
      guard position < long.endIndex else { return nil }
      position += 1
    }
    // A lone first name ("Joseph") is too weak to join a person.
    if short.count == 1, areSpellings(short[0], long[0]) { return nil }
    return "partial name"
  }

  /// Groups the names of people: each name joins the one group whose first name it is a
  /// spelling variant or a partial form of, starts a group when it fits none, and is dropped when
  /// it fits several (a surname two people share identifies neither).
  ///
  /// A group fits only if its first name has a word with the skeleton of each of the name's
  /// words, so each name is compared only with the groups of its rarest skeleton: a few, not all,
  /// and not every group of a common given name.
  ///
  /// - Parameter names: Names in order of preference: a group's first name is its canonical name,
  ///   so longer names should come first.
  /// - Returns: The groups, each a list of names with the rule that joined it (`nil` for the first).
  static func clusters(of names: [String]) -> [[(name: String, rule: String?)]] {
    var clusters: [[(name: String, rule: String?)]] = []
    var heads: [[Word]] = []
    var bySkeleton: [String: [Int]] = [:]
    bySkeleton.reserveCapacity(names.count)
    // Lists made once per name, not once per candidate or fit: a document's names and an
    // archive's people run through here.
    for name in names {
      let words = words(of: name)
      guard !words.isEmpty else { continue }
      var candidates: [Int] = []
      for (position, word) in words.enumerated() {
        let groups = bySkeleton[word.skeleton] ?? []
        if position == 0 || groups.count < candidates.count { candidates = groups }
      }
      // Two fits are as many as any more: the name is dropped either way.
      var fit: (cluster: Int, rule: String)?
      var fitsSeveral = false
      for index in candidates {
        guard let rule = relation(of: words, to: heads[index]) else { continue }
        if fit == nil {
          fit = (index, rule)
        } else {
          fitsSeveral = true
          break
        }
      }
      if let fit, !fitsSeveral {
        clusters[fit.cluster].append((name, fit.rule))
      } else if fit == nil {
        // Each skeleton of the name's few words once: a word is skipped if one before it has it.
        for (position, word) in words.enumerated()
        where !words[..<position].contains(where: { $0.skeleton == word.skeleton }) {
          bySkeleton[word.skeleton, default: []].append(clusters.count)
        }
        clusters.append([(name, nil)])
        heads.append(words)
      }
    }
    return clusters
  }
}
