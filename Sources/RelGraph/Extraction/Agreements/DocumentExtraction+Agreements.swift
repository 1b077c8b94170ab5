extension DocumentExtraction {
  /// The topic each topic word names (lexicon entry `agreement-topic`), read by a token.
  private static let topicWords = LexiconTable(valuesOf: .agreementTopic)

  /// How many words from an agreement's word "between" may stand: "a treaty establishing a
  /// customs union between A, B and C".
  static let betweenReach = 7

  /// Finds the agreements the document mentions, merges the mentions of each, and adds them as entities.
  ///
  /// A sentence makes an agreement when it names one (a phrase of lexicon entry `agreement`:
  /// MoU, treaty, accords, letter of intent, joint declaration, acuerdo, …) with at least two
  /// parties, and a signing verb, "between", a partner after "with" close behind it, or a
  /// capitalised name. Mentions with the same parties and a compatible topic are one agreement;
  /// a mention without parties joins the one agreement of its topic, if there is exactly one.
  mutating func collectAgreements() {
    var orphans: [(topic: String, phrase: String, sentence: Int)] = []
    var triggers: [Int: Int] = [:]
    // Drafts by their parties, so that a long document with many agreements is not scanned whole per mention.
    var draftsByParties: [Set<String>: [Int]] = [:]
    for index in sentences.indices {
      let tokens = sentences[index].tokens
      guard let trigger = tokens.indices.first(where: { tokens.phrase(.agreement, at: $0) != nil }) else { continue }
      let phrase = agreementPhrase(ending: trigger, tokens)
      // "between" counts when countries follow it, not "between the two nations".
      let afterBetween = tokens[trigger...].prefix(Self.betweenReach).firstIndex { $0.classes.contains(.between) }
        .map { (position: $0, parties: agreementParties(in: index, after: $0)) }
        .flatMap { $0.parties.count >= 2 ? $0 : nil }
      let between = afterBetween?.position
      let named = tokens[trigger].isCapitalized && trigger > 0 && tokens[trigger - 1].isCapitalized
      let signs = tokens.contains { $0.classes.contains(.signing) }
      // "the agreement it maintains with Venezuela", "Ethiopia's deal with …": a partner after "with".
      let with = tokens[(trigger + 1)...].prefix(4).firstIndex { $0.classes.contains(.with) }
      let withPartner = with != nil
      // "Ethiopia's deal with the Somaliland region": the owner and the partners after "with",
      // not the other countries of the sentence.
      let owner = with == nil || between != nil ? nil : agreementOwner(before: trigger, in: index)
      let parties =
        owner.map { [$0] + agreementParties(in: index, after: with).filter { $0 != owner } }
        ?? afterBetween?.parties ?? agreementParties(in: index, after: nil)
      guard parties.count >= 2, signs || between != nil || named || withPartner else {
        orphans.append((phrase.topic, phrase.text, index))
        continue
      }
      let date = DateFinder.date(in: tokens, fallbackYear: contextYear(of: index))
      let partySet = Set(parties)
      if let existing = draftsByParties[partySet]?.first(where: {
        agreements[$0].topic == phrase.topic || agreements[$0].topic.isEmpty || phrase.topic.isEmpty
      }) {
        agreements[existing].phrases.append(phrase.text)
        agreements[existing].sentences.append(index)
        if agreements[existing].topic.isEmpty { agreements[existing].topic = phrase.topic }
        if let date, AgreementDraft.morePrecise(date, than: agreements[existing].date) {
          agreements[existing].date = date
        }
      } else {
        draftsByParties[partySet, default: []].append(agreements.count)
        agreements.append(
          AgreementDraft(parties: parties, topic: phrase.topic, phrases: [phrase.text], date: date, sentences: [index]))
      }
      triggers[index] = trigger
    }
    let draftsByTopic = Dictionary(grouping: agreements.indices) { agreements[$0].topic }
    for orphan in orphans where !orphan.topic.isEmpty {
      let matching = draftsByTopic[orphan.topic] ?? []
      if matching.count == 1 {
        agreements[matching[0]].phrases.append(orphan.phrase)
        if let date = DateFinder.date(in: sentences[orphan.sentence].tokens),
          AgreementDraft.morePrecise(date, than: agreements[matching[0]].date)
        {
          agreements[matching[0]].date = date
        }
      }
    }
    for draft in agreements {
      let entity = agreementEntity(draft)
      graph.add(entity)
      for index in draft.sentences {
        guard let trigger = triggers[index] else { continue }
        mentions[index].append(Mention(id: entity.id, kind: .agreement, range: trigger..<trigger + 1))
        mentions[index].sort { $0.range.lowerBound < $1.range.lowerBound }
      }
    }
  }

  /// `party_to` from each agreement's parties, and `signed` from the people named before a
  /// signing verb in a sentence about it ("A and his counterpart B signed the MoU"), or after it
  /// in the passive ("was signed by A and B"); with several signing verbs, each has the people
  /// since the one before ("A signed the RAA while B signed the agreement").
  mutating func relateAgreements() {
    for draft in agreements {
      let id = draft.id
      for index in draft.sentences {
        let tokens = sentences[index].tokens
        for party in draft.parties {
          relate(countryEntity(party), .partyTo, id, sentence: index, rule: "agreement-party")
        }
        var previousVerb = -1
        for verb in tokens.indices where tokens[verb].classes.contains(.signing) {
          defer { previousVerb = verb }
          guard !tokens.isNegated(at: verb) else { continue }
          for mention in mentions[index] where Self.signs(mention, verb: verb, after: previousVerb, tokens) {
            relate(mention.id, .signed, id, sentence: index, rule: "signatory")
          }
        }
      }
    }
  }

  /// Whether `mention` signs by the signing verb at `verb`: a person before it and after the
  /// signing verb before it (at `previous`), or after it in the passive ("was signed by A"); and
  /// "A signed the declaration with his counterpart B": a person after a word of `with` past the verb.
  private static func signs(_ mention: Mention, verb: Int, after previous: Int, _ tokens: [Token]) -> Bool {
    guard mention.kind == .person else { return false }
    let isPassive = verb + 1 < tokens.count && tokens[verb + 1].classes.contains(.by)
    if isPassive
      ? mention.range.lowerBound > verb : mention.range.upperBound <= verb && mention.range.lowerBound > previous
    {
      return true
    }
    let partner = tokens[(verb + 1)...].prefix(8).firstIndex { $0.classes.contains(.with) }
    return partner.map { mention.range.lowerBound > $0 && mention.range.lowerBound <= $0 + 4 } ?? false
  }

  /// The entity for an agreement draft.
  func agreementEntity(_ draft: AgreementDraft) -> Entity {
    // A bare "agreement" names no agreement in particular: it is evidence, not an alias.
    var entity = Entity(
      id: draft.id, name: draft.name, kind: .agreement,
      aliases: draft.phrases.filter { $0.utf8.contains(UInt8(ascii: " ")) })
    if let date = draft.date { entity.attributes["date"] = date }
    entity.attributes["parties"] = draft.parties.joined(separator: ", ")
    return entity
  }

  /// The words naming the agreement, from the first subject word before it ("defense and security MoU").
  private func agreementPhrase(ending trigger: Int, _ tokens: [Token]) -> (text: String, topic: String) {
    var start = trigger
    var topic = ""
    var cursor = trigger - 1
    while cursor >= 0, cursor >= trigger - 4 {
      if let word = Self.topicWords[tokens[cursor]] {
        topic = word
        start = cursor
      } else if !(tokens[cursor].classes.contains(.and) || tokens[cursor].is(oneOf: ["&", "-"])) {
        break
      }
      cursor -= 1
    }
    if topic.isEmpty, trigger + 2 < tokens.count, !tokens[trigger + 1].classes.isDisjoint(with: WordClass([.of, .on])),
      let word = Self.topicWords[tokens[trigger + 2]]
    {
      topic = word  // "acuerdo de defensa", "agreement on trade"
    }
    let end = trigger + (tokens.phrase(.agreement, at: trigger)?.words.count ?? 1)
    return (text(of: start..<end, tokens), topic)
  }

  /// The parties of an agreement in sentence `index`: the countries it names, and the countries
  /// of the office holders it names, in order of mention; only those after "between" when the
  /// sentence says "an agreement between X and Y".
  private func agreementParties(in index: Int, after between: Int?) -> [String] {
    var parties: [String] = []
    for mention in mentions[index] where !mention.isPlural && mention.range.lowerBound > (between ?? -1) {
      var country: String?
      if mention.kind == .country {
        country = graph.entities[mention.id]?.name
      } else if mention.kind == .person {
        country = people.officeCountry(of: mention.id)
      }
      if let country, !parties.contains(country) { parties.append(country) }
    }
    return parties
  }

  /// The country that owns the agreement named at `trigger`: "Ethiopia's preliminary deal" (a
  /// possessive country, then at most three lower-case words).
  private func agreementOwner(before trigger: Int, in index: Int) -> String? {
    let tokens = sentences[index].tokens
    var end = trigger
    while end > 0, trigger - end < 3, tokens[end - 1].isWord, !tokens[end - 1].isCapitalized { end -= 1 }
    guard end > 0, tokens[end - 1].isPossessiveMark else { return nil }
    return mentions[index].first { $0.kind == .country && $0.range.upperBound == end - 1 }
      .flatMap { graph.entities[$0.id]?.name }
  }

  /// A year for dates that give only a day and month: from the paragraph's earlier sentences or its heading.
  private func contextYear(of index: Int) -> Int? {
    let paragraph = sentences[index].paragraph
    var cursor = index
    while cursor >= 0, sentences[cursor].paragraph == paragraph {
      if let year = DateFinder.year(in: sentences[cursor].tokens) { return year }
      cursor -= 1
    }
    return headings[paragraph].flatMap { DateFinder.year(in: Tokenizer.tokens(of: $0)) }
  }
}
