/// The sides the countries of an article took in the vote it reports, read sentence by sentence,
/// and the `voted_with` relations they give.
///
/// In a sentence that speaks of a vote (`vote`, `abstention`), each list of countries next to a
/// side (`vote-for`, `vote-against`, `abstention`; or `vote-side`, "voted", which says no side)
/// took that side ("A and B voted against", "seven against: A, B and C", "the abstention bench
/// included A and B"). Every two countries of one list voted together, except abstainers: a list
/// of them says only who stayed out. Countries of one stated side, abstainers too, voted together
/// across sentences ("19 voted against, including A." … "B and C voted against the
/// resolution."), unless some country is read on two sides, which means the article reports more
/// than one vote. Countries of two sides never vote together, and a sentence where one voter
/// joins others (``VoteRule``) is that rule's.
struct VoteSides {
  /// One list of countries on one side.
  private struct Sighting {
    var countries: [EntityID]
    /// The side's entry; `nil` for a side not stated ("voted").
    var side: LexiconEntry?
    var sentence: Int
    /// The side's phrase, for the relation's `trigger`.
    var phrase: Lexicon.Phrase
  }

  /// A `voted_with` relation, with the sentence that completes it and the side's phrase.
  struct Pair {
    var source: EntityID
    var target: EntityID
    var sentence: Int
    var phrase: Lexicon.Phrase
  }

  /// The rule name of the relations.
  static let ruleName = "vote-side"

  /// How many words may stand between a list and its side.
  static let reach = 4

  /// The entries that state a side.
  private static let statedSides: [LexiconEntry] = [.abstention, .voteFor, .voteAgainst]

  private var sightings: [Sighting] = []

  /// Whether sentence `tokens` may speak of a vote: a cheap test before anything is read.
  static func mayReport(_ tokens: [Token]) -> Bool {
    tokens.contains { $0.classes.contains(.vote) || $0.classes.contains(.abstention) }
  }

  /// Reads the lists of `sentence`, sentence `index` of the article.
  mutating func read(_ sentence: SentenceView, index: Int) {
    guard sentence.first(.vote, from: 0) != nil || sentence.first(.abstention, from: 0) != nil,
      VoteRule.coordination(in: sentence) == nil
    else { return }
    for list in sentence.countryLists {
      let range = list[0].range.lowerBound..<list[list.count - 1].range.upperBound
      // A stated side wins over a nearer "voted": "A and B voted against".
      guard
        let side = sentence.nearestPhrase(of: Self.statedSides, around: range, within: Self.reach)
          ?? sentence.nearestPhrase(of: [.voteSide], around: range, within: Self.reach)
      else { continue }
      // "sanctions against Iran", "a favor de Venezuela": a side's word just before a country,
      // or before an article or preposition, is said of it, not by it.
      let sideEnd = side.position + side.phrase.words.count
      if side.position < range.lowerBound,
        sentence.tokens[sideEnd..<range.lowerBound].allSatisfy({
          $0.classes.contains(.article) || $0.classes.contains(.of)
        })
      {
        continue
      }
      sightings.append(
        Sighting(
          countries: list.map(\.id), side: side.phrase.entry == .voteSide ? nil : side.phrase.entry,
          sentence: index, phrase: side.phrase))
    }
  }

  /// Every two countries of one list, and, when no country is read on two sides, every two
  /// countries of one stated side; each pair once, with the sentence where it is first complete.
  var pairs: [Pair] {
    var sideOf: [EntityID: LexiconEntry] = [:]
    var isOneVote = true
    for sighting in sightings {
      guard let side = sighting.side else { continue }
      for country in sighting.countries where sideOf.updateValue(side, forKey: country).map({ $0 != side }) ?? false {
        isOneVote = false
      }
    }
    var found: [Pair] = []
    var seen: Set<[EntityID]> = []
    func add(_ a: EntityID, _ b: EntityID, _ sighting: Sighting) {
      guard a != b, seen.insert([a, b].sorted()).inserted else { return }
      found.append(Pair(source: a, target: b, sentence: sighting.sentence, phrase: sighting.phrase))
    }
    for (number, sighting) in sightings.enumerated() {
      for (offset, a) in sighting.countries.enumerated() where sighting.side != .abstention {
        for b in sighting.countries[(offset + 1)...] { add(a, b, sighting) }
      }
      guard isOneVote, let side = sighting.side else { continue }
      for earlier in sightings[..<number] where earlier.side == side {
        for a in earlier.countries {
          for b in sighting.countries { add(a, b, sighting) }
        }
      }
    }
    return found
  }
}
