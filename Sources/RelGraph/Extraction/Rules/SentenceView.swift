/// What a relation rule reads of one sentence: its tokens, the entities it names, and the
/// offices the document gives its people.
struct SentenceView {
  let tokens: [Token]
  /// The entity mentions of the sentence, in token order.
  let mentions: [Mention]
  /// The people of the document, for the country each holds office in.
  let people: PersonDirectory

  /// Mentions that can stand as an argument: not plural demonyms ("Iranians" are people). A
  /// sentence without them, as most are, shares its list rather than copying every mention.
  let arguments: [Mention]
  /// The runs of country mentions written as a list (see ``lists(of:in:)``), found once for
  /// every rule that reads them.
  let countryLists: [[Mention]]

  init(tokens: [Token], mentions: [Mention], people: PersonDirectory) {
    self.tokens = tokens
    self.mentions = mentions
    self.people = people
    arguments = mentions.contains(where: \.isPlural) ? mentions.filter { !$0.isPlural } : mentions
    countryLists = Self.lists(of: arguments, in: tokens)
  }

  /// The country a mention stands for: the country itself, or the country a person holds office in.
  func country(of mention: Mention) -> EntityID? {
    switch mention.kind {
    case .country: mention.id
    case .person: people.officeCountry(of: mention.id).map(Gazetteer.countryID(named:))
    default: nil
    }
  }

  /// Whether the word at `position` is negated (``Swift/Array/isNegated(at:)``).
  func isNegated(_ position: Int) -> Bool { tokens.isNegated(at: position) }

  /// Whether a phrase of `entry` starts at `position`.
  func `is`(_ entry: LexiconEntry, at position: Int) -> Bool { tokens.phrase(entry, at: position) != nil }

  /// Where a phrase of `entry` starts at `position`, or one word later past a lower-case word
  /// ("ties with", "relaciones diplomáticas con"); `nil` for neither.
  func linkWord(_ entry: LexiconEntry, at position: Int) -> Int? {
    if self.is(entry, at: position) { return position }
    guard position < tokens.count, tokens[position].isWord, !tokens[position].isCapitalized,
      self.is(entry, at: position + 1)
    else { return nil }
    return position + 1
  }

  /// The first position from `start` on, at most `limit` words on, where a phrase of `entry` starts.
  func first(_ entry: LexiconEntry, from start: Int, within limit: Int = .max) -> Int? {
    guard start < tokens.count else { return nil }
    return tokens.indices[start...].prefix(limit).first { self.is(entry, at: $0) }
  }

  /// The subject of the verb at `position`: the nearest entity before it, skipping an appositive
  /// that closes just before the verb, or before its auxiliaries and adverbs ("X, director of Y,
  /// criticized Z" and "X, long at odds with Y, has backed Z" give X).
  func subject(before position: Int) -> Mention? {
    let before = arguments.filter { $0.range.upperBound <= position && !$0.isPossessive && $0.kind != .agreement }
    guard let nearest = before.last else { return nil }
    // "X rejected the re-election of Y and backed Z", "X established ties with Y and broke with
    // Z": Y completes the first verb's object, and the second verb is X's.
    if position >= 2, nearest.range.upperBound == position - 1, self.is(.and, at: position - 1),
      isAfterPreposition(nearest.range.lowerBound), before.count >= 2
    {
      return before[before.count - 2]
    }
    let closing = tokens[max(nearest.range.upperBound, position - 3)..<position].lastIndex { $0.is(",") }
    if let closing, tokens[(closing + 1)..<position].allSatisfy({ $0.isWord && !$0.isCapitalized }),
      let opening = tokens[..<nearest.range.lowerBound].lastIndex(where: { $0.is(",") }),
      let outer = before.last(where: { $0.range.upperBound <= opening })
    {
      return outer
    }
    return nearest
  }

  /// Whether a word of `of` or `with`, and perhaps an article, comes just before `position`
  /// ("of Y", "de la Y", "con Y").
  private func isAfterPreposition(_ position: Int) -> Bool {
    let start = position > 0 && self.is(.article, at: position - 1) ? position - 1 : position
    return start > 0 && (self.is(.of, at: start - 1) || self.is(.with, at: start - 1))
  }

  /// Where the clause of the word at `position` ends: at a word of `clause-break` (";", "while",
  /// "but"), or at a word of `and` that follows no entity (a list of entities goes on; a new verb
  /// phrase does not).
  func clauseEnd(after position: Int) -> Int {
    let ends = Set(mentions.map(\.range.upperBound))
    for cursor in position + 1..<max(tokens.count, position + 1) {
      let word = tokens[cursor]
      if word.classes.contains(.clauseBreak) { return cursor }
      if word.classes.contains(.and), !ends.contains(cursor) { return cursor }
    }
    return tokens.count
  }
}

extension SentenceView {
  /// The runs of country mentions of `arguments` written as a list: separated only by commas,
  /// dashes, a word of `and` or an article ("Belarus, the Democratic People's Republic of Korea,
  /// Eritrea and Mali").
  private static func lists(of arguments: [Mention], in tokens: [Token]) -> [[Mention]] {
    var lists: [[Mention]] = []
    var current: [Mention] = []
    for mention in arguments {
      guard mention.kind == .country, !mention.isPossessive else {
        if !current.isEmpty { lists.append(current) }
        current = []
        continue
      }
      if let last = current.last,
        !tokens[last.range.upperBound..<mention.range.lowerBound].allSatisfy({ token in
          token.is(oneOf: [",", "-", "–", "—"]) || token.classes.contains(.and) || token.classes.contains(.article)
        })
      {
        lists.append(current)
        current = []
      }
      current.append(mention)
    }
    if !current.isEmpty { lists.append(current) }
    return lists
  }

  /// The list of countries that starts within a few words after `start`, past commas, articles,
  /// lower-case words and words of `such-as` ("…, such as China and Russia").
  func listAfter(_ start: Int) -> [Mention] {
    countryLists.first { list in
      let first = list[0].range.lowerBound
      return first >= start && first - start <= 4
        && tokens[start..<first].allSatisfy { token in
          token.is(",") || !token.isCapitalized || token.classes.contains(.suchAs) || token.classes.contains(.article)
        }
    } ?? []
  }
}

extension SentenceView {
  /// The phrase of one of `entries` nearest to the words at `range`, starting within `reach`
  /// words before or after them (not inside), with its position; at each word the first entry
  /// with a phrase there counts, and the words of a phrase start no other ("abstained from
  /// voting" is one abstention, not a vote).
  func nearestPhrase(of entries: [LexiconEntry], around range: Range<Int>, within reach: Int)
    -> (position: Int, phrase: Lexicon.Phrase)?
  {
    let window = max(0, range.lowerBound - reach)..<min(tokens.count, range.upperBound + reach)
    var found: [(position: Int, phrase: Lexicon.Phrase)] = []
    var covered = 0
    for position in window where position >= covered && !range.contains(position) {
      guard let phrase = entries.lazy.compactMap({ tokens.phrase($0, at: position) }).first else { continue }
      found.append((position, phrase))
      covered = position + phrase.words.count
    }
    func distance(_ position: Int) -> Int {
      position < range.lowerBound ? range.lowerBound - position : position - range.upperBound
    }
    return found.min { distance($0.position) < distance($1.position) }
  }
}
