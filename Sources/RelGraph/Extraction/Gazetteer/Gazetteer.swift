/// Known names, looked up by their token sequence.
///
/// Names match case-sensitively as written ("Chad" the country, not "chad"), except the
/// lower-case forms given separately (Spanish demonyms such as "iraní").
struct Gazetteer: Sendable {
  struct Entry: Sendable {
    var canonical: String
    var kind: Entity.Kind
    /// Whether the name stands for people rather than the entity itself ("Iranians").
    var isPlural: Bool
    /// The id of the entity, made once rather than at every mention.
    let id: EntityID

    /// The entry for `canonical`, whose id is made from it unless given.
    init(canonical: String, kind: Entity.Kind, isPlural: Bool = false, id: EntityID? = nil) {
      self.canonical = canonical
      self.kind = kind
      self.isPlural = isPlural
      self.id = id ?? EntityID(kind: kind, name: canonical)
    }
  }

  /// The names' first words, numbered by ``firstWordNumbers``: a token is looked up by its bytes,
  /// without making a `String` of it and hashing that.
  private(set) var firstWords: [String] = []
  private var firstWordNumbers = ByteStringTable([])
  /// The names starting with each first word, by its number, longest first.
  private var namesByFirstWord: [[Name]] = []
  /// The words of every name after its first, one after another, as UTF-8.
  private var restWords = RestWords()
  /// The entries of the names, by ``Name/entry``.
  private var entries: [Entry] = []

  /// A name after its first word: plain numbers, so that looking names up, at every token a
  /// name may start at, retains nothing.
  private struct Name {
    /// The name's words after its first, in ``restWords``.
    var rest: Range<Int>
    /// Its entry's place in ``entries``.
    var entry: Int
  }

  /// Words held as the ranges of their bytes in one buffer.
  private struct RestWords {
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []

    /// The number the next word added gets.
    var count: Int { ranges.count }

    /// Adds the word whose UTF-8 is `word`.
    mutating func append(_ word: UnsafeBufferPointer<UInt8>) {
      ranges.append(bytes.count..<bytes.count + word.count)
      bytes.append(contentsOf: word)
    }

    /// Calls `body` with the bytes of word `number`.
    func withBytes<Result>(of number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
      bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[ranges[number]])) }
    }

    /// Whether the words numbered `a` and `b` are the same words.
    func areSame(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
      a.count == b.count
        && zip(a, b).allSatisfy { a, b in withBytes(of: a) { first in withBytes(of: b) { first.elementsEqual($0) } } }
    }
  }
  /// The word class of every name's first word, lower-cased, when the gazetteer has one (see
  /// ``WordClass``): tokens outside it are passed over without a lookup.
  private let firstWordClass: WordClass?
  /// Whether every name starts with a capital, as people's names do: then lower-case tokens
  /// are passed over without a lookup.
  private var everyNameIsCapitalized = true
  /// The byte lengths and first bytes of the names' first words, one bit each: a token that
  /// matches neither is passed over without hashing it, as most capitalized words of an
  /// article are by the gazetteer of its people.
  private var firstWordLengths: UInt64 = 0
  private var firstWordInitials: UInt64 = 0

  /// An empty gazetteer; one whose first words make a ``WordClass`` names it.
  init(firstWordClass: WordClass? = nil) { self.firstWordClass = firstWordClass }

  /// Adds `name` for the entity `entry`.
  mutating func add(_ name: String, _ entry: Entry) {
    // The words are read in place: no `String` is made of a word the gazetteer has already.
    var number: Int?
    let restStart = restWords.count
    Tokenizer.forEachWord(of: name) { word in
      guard number == nil else { return restWords.append(word) }
      if !word.scalar(at: 0).scalar.isCapital { everyNameIsCapitalized = false }
      firstWordLengths |= Self.lengthBit(ofByteCount: word.count)
      firstWordInitials |= Self.initialBit(of: word[0])
      number = firstWordNumbers.insert(word)
      if number == firstWords.count {
        firstWords.append(String(decoding: word, as: UTF8.self))
        namesByFirstWord.append([])
      }
    }
    guard let number else { return }
    // A name added again takes its new entry; the words it had stay unused in `restWords`.
    let rest = restStart..<restWords.count
    namesByFirstWord[number].removeAll { restWords.areSame($0.rest, rest) }
    namesByFirstWord[number].append(Name(rest: rest, entry: entries.count))
    namesByFirstWord[number].sort { $0.rest.count > $1.rest.count }
    entries.append(entry)
  }

  /// The longest known name starting at `tokens[start]`, and how many tokens it spans.
  ///
  /// Inlined where it is called, for every token of every sentence, so that the tokens no name
  /// can start with (most of them) are passed over without a call.
  @inline(__always)
  func match(_ tokens: [Token], at start: Int) -> (entry: Entry, length: Int)? {
    mayStart(tokens[start]) ? lookUp(tokens, at: start) : nil
  }

  /// Whether a name can start at `token`, by its word class and capital alone.
  @inline(__always)
  func mayStart(_ token: Token) -> Bool {
    if let firstWordClass, !token.classes.contains(firstWordClass) { return false }
    return !everyNameIsCapitalized || token.isCapitalized
  }

  /// ``match(_:at:)`` past the checks of word class and capital.
  private func lookUp(_ tokens: [Token], at start: Int) -> (entry: Entry, length: Int)? {
    let token = tokens[start]
    guard token.isWord else { return nil }
    let number: Int?
    if token.isRewritten {
      number = firstWordNumbers.number(of: token.text)  // its text is not its bytes
    } else {
      guard firstWordLengths & Self.lengthBit(ofByteCount: token.bytes.count) != 0,
        firstWordInitials & Self.initialBit(of: token.bytes[0]) != 0
      else { return nil }
      number = firstWordNumbers.number(of: token.bytes)
    }
    guard let number else { return nil }
    for name in namesByFirstWord[number] where start + name.rest.count < tokens.count {
      let restMatches = zip(name.rest, tokens[(start + 1)...]).allSatisfy { word, token in
        restWords.withBytes(of: word, token.hasText)
      }
      if restMatches { return (entries[name.entry], name.rest.count + 1) }
    }
    return nil
  }

  /// A word's bit among ``firstWordLengths``: its length in bytes, 63 standing for any longer.
  private static func lengthBit(ofByteCount count: Int) -> UInt64 { 1 << min(count, 63) }

  /// A word's bit among ``firstWordInitials``: the low six bits of its first byte.
  private static func initialBit(of firstByte: UInt8) -> UInt64 { 1 << (firstByte & 63) }

  /// The entry for a name written out in full, such as "UNHRC".
  func entry(named name: String) -> Entry? {
    let tokens = Tokenizer.tokens(of: name)
    guard !tokens.isEmpty, let (entry, length) = match(tokens, at: 0), length == tokens.count else { return nil }
    return entry
  }

  /// Every country of the world, with its aliases (`Data/countries.tsv`).
  static let countries: Gazetteer = {
    var gazetteer = Gazetteer(firstWordClass: .countryName)
    for line in DataFile.lines("countries.tsv") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let canonical = fields[0]
      let entry = Entry(canonical: canonical, kind: .country)
      for name in lowerCasedTails(canonical) { gazetteer.add(name, entry) }
      for alias in fields[2].split(separator: "|") {
        let plural = alias.hasSuffix("ans")
        for name in lowerCasedTails(String(alias)) {
          gazetteer.add(name, Entry(canonical: canonical, kind: .country, isPlural: plural))
        }
      }
    }
    // Demonyms the lexicon files give ("hondureña = Honduras"), lower case as written and capitalised.
    for (entry, isPlural) in [(LexiconEntry.demonym, false), (.demonymPlural, true)] {
      for phrase in Lexicon.shared.phrases(entry) {
        guard let canonical = phrase.value else { continue }
        let demonym = phrase.words.joined(separator: " ")
        for form in [demonym, demonym.prefix(1).uppercased() + demonym.dropFirst()] {
          gazetteer.add(form, Entry(canonical: canonical, kind: .country, isPlural: isPlural))
        }
      }
    }
    return gazetteer
  }()

  /// `name`, and, when it has several words, `name` with its words after the first in lower
  /// case, as careless text writes them ("the Marshall islands").
  private static func lowerCasedTails(_ name: String) -> [String] {
    guard let space = name.firstIndex(of: " ") else { return [name] }
    let tail = name[space...].lowercased()
    return tail == name[space...] ? [name] : [name, name[..<space] + tail]
  }

  /// The id of the country whose canonical name is `canonical`: the one its entries have, made
  /// once, rather than a slug made anew at every relation to it.
  static func countryID(named canonical: String) -> EntityID {
    countryIDs[canonical] ?? EntityID(kind: .country, name: canonical)
  }

  private static let countryIDs = Dictionary(
    countries.entries.map { ($0.canonical, $0.id) }, uniquingKeysWith: { first, _ in first })

  /// International bodies, agencies and news organizations (`Data/organizations.txt`).
  static let organizations: Gazetteer = {
    var gazetteer = Gazetteer(firstWordClass: .organizationName)
    for line in DataFile.lines("organizations.txt") {
      let names = line.split(separator: "|").map(String.init)
      let entry = Entry(canonical: names[0], kind: .organization)
      for name in names { gazetteer.add(name, entry) }
    }
    return gazetteer
  }()
}
