/// The word lists of the extraction rules that a lower-case word is in.
///
/// Each token's classes are found with one lookup when the token is made (``Token/classes``).
/// The rules then test a bit instead of hashing the word into each of their lists: most words of
/// an article are in none of them.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt64

  static let hedge = Self(rawValue: 1 << 0)
  static let negation = Self(rawValue: 1 << 1)
  static let visit = Self(rawValue: 1 << 2)
  static let meeting = Self(rawValue: 1 << 3)
  static let selling = Self(rawValue: 1 << 4)
  static let sending = Self(rawValue: 1 << 5)
  static let buying = Self(rawValue: 1 << 6)
  static let alliance = Self(rawValue: 1 << 7)
  static let cooperation = Self(rawValue: 1 << 8)
  static let ties = Self(rawValue: 1 << 9)
  static let support = Self(rawValue: 1 << 10)
  static let opposition = Self(rawValue: 1 << 11)
  static let embassy = Self(rawValue: 1 << 12)
  static let membership = Self(rawValue: 1 << 13)
  static let withNextWord = Self(rawValue: 1 << 14)
  static let voting = Self(rawValue: 1 << 15)
  static let abstention = Self(rawValue: 1 << 16)
  /// The first word of a title (``RoleLexicon/titles``).
  static let title = Self(rawValue: 1 << 17)
  static let nameParticle = Self(rawValue: 1 << 18)
  static let nameStopWord = Self(rawValue: 1 << 19)
  static let organizationHead = Self(rawValue: 1 << 20)
  static let organizationConnector = Self(rawValue: 1 << 21)
  static let nonHeadStart = Self(rawValue: 1 << 22)
  /// The first word of a call to action ("leave a comment").
  static let callToAction = Self(rawValue: 1 << 23)
  static let agreement = Self(rawValue: 1 << 24)
  static let signing = Self(rawValue: 1 << 25)
  static let month = Self(rawValue: 1 << 26)
  /// The first word of a country's name, alias or demonym, lower-cased.
  static let countryName = Self(rawValue: 1 << 27)
  /// The first word of an organization's name, lower-cased.
  static let organizationName = Self(rawValue: 1 << 28)
  /// The first word of a country descriptor's adjective ("andean", "south" of "south american").
  static let descriptor = Self(rawValue: 1 << 29)
  /// A noun a country descriptor qualifies ("country", "país").
  static let descriptorHead = Self(rawValue: 1 << 30)
  /// "counterpart", "homólogo": a title taken from the person named before.
  static let counterpart = Self(rawValue: 1 << 31)
  /// A title in the plural ("presidents", "ministros").
  static let pluralTitle = Self(rawValue: 1 << 32)
  /// "according", which with "to" after it makes a statement hearsay, as ``hedge`` words do.
  static let according = Self(rawValue: 1 << 33)
  /// The first word of a rank (``RoleLexicon/ranks``): "brigadier", "general".
  static let rank = Self(rawValue: 1 << 34)
  /// A word that turns a demonym into a region's ("latin" of "Latin American").
  static let regionQualifier = Self(rawValue: 1 << 35)
  /// A word that may stand before a title without changing it (``RoleLexicon/modifiers``).
  static let titleModifier = Self(rawValue: 1 << 36)

  /// Every word that can start a relation rule.
  static let relationTrigger: Self = [
    .visit, .meeting, .selling, .sending, .buying, .alliance, .cooperation, .ties, .support, .opposition, .embassy,
    .membership, .withNextWord,
  ]
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

  /// The members of each class: the rules' own word lists.
  static var members: [(WordClass, any Sequence<String>)] {
    [
      (.hedge, DocumentExtraction.hedges), (.negation, DocumentExtraction.negations),
      (.visit, RelationTriggers.visit), (.meeting, RelationTriggers.meeting), (.selling, RelationTriggers.selling),
      (.sending, RelationTriggers.sending), (.buying, RelationTriggers.buying), (.alliance, RelationTriggers.alliance),
      (.cooperation, RelationTriggers.cooperation), (.ties, RelationTriggers.ties),
      (.support, RelationTriggers.support),
      (.opposition, RelationTriggers.opposition), (.embassy, RelationTriggers.embassy),
      (.membership, RelationTriggers.membership), (.withNextWord, RelationTriggers.withNextWord),
      (.voting, RelationTriggers.voting), (.abstention, RelationTriggers.abstention),
      (.title, RoleLexicon.titles.map { $0.0[0] }), (.nameParticle, DocumentExtraction.nameParticles),
      (.nameStopWord, NameStopWords.all), (.organizationHead, OrganizationPattern.heads),
      (.organizationConnector, OrganizationPattern.connectors), (.nonHeadStart, NameStopWords.nonHeadStarts),
      (.callToAction, Segmenter.callsToAction.map { $0[0] }),
      (.agreement, DocumentExtraction.agreementWords), (.signing, DocumentExtraction.signingWords),
      (.month, DateFinder.months.keys),
      (.countryName, Gazetteer.countries.firstWords.map(\.asciiFastLowercased)),
      (.organizationName, Gazetteer.organizations.firstWords.map(\.asciiFastLowercased)),
      (.descriptor, CountryDescriptors.candidates.keys.map { String($0.prefix { $0 != " " }) }),
      (.descriptorHead, CountryDescriptors.heads),
      (.counterpart, DocumentExtraction.counterparts), (.pluralTitle, DocumentExtraction.pluralTitles.keys),
      (.according, ["according"]), (.rank, RoleLexicon.ranks.map { $0[0] }),
      (.regionQualifier, DocumentExtraction.regionQualifiers), (.titleModifier, RoleLexicon.modifiers),
    ]
  }

  /// Every listed word, numbered, and the classes of each by its number.
  private static let lexicon: (words: ByteStringTable, classes: [WordClass]) = {
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
