/// The lexicon entries whose phrases a lower-case word starts, and the gazetteers whose names it
/// starts: one bit each.
///
/// Each token's classes are found with one lookup when the token is made (``Token/classes``).
/// The rules then test a bit instead of looking the word up in each of their lists: most words
/// of an article are in none of them.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt128

  init(rawValue: UInt128) { self.rawValue = rawValue }

  /// The class of the words that start a phrase of `entry`.
  init(_ entry: LexiconEntry) { rawValue = 1 << UInt128(entry.ordinal) }

  /// The classes of the words that start a phrase of any of `entries`.
  init(_ entries: [LexiconEntry]) { self = entries.reduce(into: []) { $0.formUnion(WordClass($1)) } }

  /// Whether the word starts a phrase of `entry`.
  func contains(_ entry: LexiconEntry) -> Bool { contains(WordClass(entry)) }

  /// The first word of a country's name, alias or demonym, lower-cased.
  static let countryName = Self(rawValue: 1 << UInt128(LexiconEntry.allCases.count))
  /// The first word of an organization's name, lower-cased.
  static let organizationName = Self(rawValue: 1 << UInt128(LexiconEntry.allCases.count + 1))
}

extension WordClass {
  /// The classes of a lower-case word.
  init(of lower: String) {
    var lower = lower
    self = lower.withUTF8 { Self.listing(lowercased: $0)?.classes ?? [] }
  }

  /// The number of the lower-case word whose UTF-8 bytes are `utf8` among every listed word, and
  /// its classes; `nil` for a word of no list. A token keeps the number (``Token/lexiconNumber``).
  static func listing(lowercased utf8: UnsafeBufferPointer<UInt8>) -> (number: Int, classes: WordClass)? {
    lexicon.words.number(of: utf8).map { ($0, lexicon.classes[$0]) }
  }

  /// The number of a listed lower-case word, as ``listing(lowercased:)`` gives it.
  static func lexiconNumber(of lower: String) -> Int? { lexicon.words.number(of: lower) }

  /// How many words the lists have, numbered from 0.
  static var lexiconCount: Int { lexicon.classes.count }

  /// The members of each class: the first words of each lexicon entry's phrases, and of the
  /// gazetteers' names.
  static var members: [(WordClass, [String])] {
    LexiconEntry.allCases.map { entry in (WordClass(entry), Lexicon.shared.phrases(entry).map(\.words[0])) } + [
      (.countryName, Gazetteer.countries.firstWords.map(\.asciiFastLowercased)),
      (.organizationName, Gazetteer.organizations.firstWords.map(\.asciiFastLowercased)),
    ]
  }

  /// Every listed word, numbered, and the classes of each by its number.
  private static let lexicon: (words: ByteStringTable, classes: [WordClass]) = {
    precondition(LexiconEntry.allCases.count + 2 <= UInt128.bitWidth, "more lexicon entries than a word class holds")
    var classesByWord: [String: WordClass] = [:]
    for (wordClass, words) in members {
      for word in words { classesByWord[word, default: []].insert(wordClass) }
    }
    let words = Array(classesByWord.keys)
    // A token keeps its word's number in 16 bits (``Token/lexiconNumber``).
    precondition(words.count <= Int(Int16.max), "the word lists have more words than a token can number")
    return (ByteStringTable(words), words.map { classesByWord[$0]! })
  }()
}
