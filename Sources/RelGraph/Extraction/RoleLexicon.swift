/// Titles and ranks that introduce a person, in English and Spanish.
enum RoleLexicon {
  /// Lower-case title words and the English role they name. Longer titles come first.
  static let titles: [([String], String)] = [
    (["minister", "of", "foreign", "affairs"], "Foreign Minister"),
    (["minister", "of", "defense"], "Defense Minister"), (["minister", "of", "defence"], "Defense Minister"),
    (["ministro", "de", "defensa"], "Defense Minister"), (["ministra", "de", "defensa"], "Defense Minister"),
    (["secretary", "of", "state"], "Secretary of State"), (["secretary", "general"], "Secretary-General"),
    (["prime", "minister"], "Prime Minister"), (["foreign", "minister"], "Foreign Minister"),
    (["defense", "secretary"], "Defense Secretary"), (["defence", "secretary"], "Defense Secretary"),
    (["foreign", "secretary"], "Foreign Secretary"), (["home", "minister"], "Home Minister"),
    (["trade", "minister"], "Trade Minister"), (["energy", "minister"], "Energy Minister"),
    (["defense", "minister"], "Defense Minister"), (["defence", "minister"], "Defense Minister"),
    (["interior", "minister"], "Interior Minister"), (["finance", "minister"], "Finance Minister"),
    (["economy", "minister"], "Economy Minister"), (["oil", "minister"], "Oil Minister"),
    (["vice", "president"], "Vice President"), (["supreme", "leader"], "Supreme Leader"),
    (["primer", "ministro"], "Prime Minister"), (["primer", "mandatario"], "President"),
    (["primera", "mandataria"], "President"), (["crown", "prince"], "Crown Prince"),
    (["president"], "President"), (["presidente"], "President"), (["presidenta"], "President"),
    (["vicepresidente"], "Vice President"), (["mandatario"], "President"), (["canciller"], "Foreign Minister"),
    (["chancellor"], "Chancellor"), (["minister"], "Minister"), (["ministro"], "Minister"), (["ministra"], "Minister"),
    (["ambassador"], "Ambassador"), (["embajador"], "Ambassador"), (["embajadora"], "Ambassador"),
    (["king"], "King"), (["queen"], "Queen"), (["emir"], "Emir"), (["sultan"], "Sultan"),
    (["ayatollah"], "Ayatollah"), (["senator"], "Senator"), (["governor"], "Governor"),
    (["spokesman"], "spokesperson"), (["spokeswoman"], "spokesperson"), (["spokesperson"], "spokesperson"),
    (["portavoz"], "spokesperson"), (["director"], "director"), (["directora"], "director"),
    (["chairman"], "chair"), (["chief"], "chief"), (["head"], "head"), (["founder"], "founder"),
  ]

  /// Military and honorific ranks that may stand between a title and a name.
  static let ranks: [[String]] = [
    ["brigadier", "general"], ["major", "general"], ["lieutenant", "general"], ["rear", "admiral"],
    ["general"], ["gen."], ["admiral"], ["colonel"], ["col."], ["commander"], ["dr."], ["sheikh"],
    ["general", "de", "brigada"], ["gral."],
  ]

  /// Words that may stand before a title without changing it ("then-President", "el presidente electo").
  static let modifiers: Set<String> = [
    "then", "-", "former", "newly", "elected", "current", "new", "acting", "interim", "incoming", "outgoing",
    "the", "el", "la", "los", "las", "his", "her", "their", "its", "electo", "electa", "then-", "ex", "exe",
  ]

  /// Roles held in an organization rather than a country.
  static let organizationRoles: Set<String> = [
    "director", "chair", "chief", "head", "founder", "spokesperson", "Secretary-General",
  ]

  /// ``titles`` by their first word, longest first.
  private static let titlesByFirstWord = LexiconTable(
    Dictionary(grouping: titles, by: { $0.0[0] }).mapValues { $0.sorted { $0.0.count > $1.0.count } })

  /// The title starting at `tokens[start]`: its role and its length in tokens. Inlined where it
  /// is called, at every token, so that most tokens are passed over without a call.
  @inline(__always)
  static func title(in tokens: [Token], at start: Int) -> (role: String, length: Int)? {
    mayStart(tokens[start]) ? titleFromFirstWord(in: tokens, at: start) : nil
  }

  /// Whether a title can start at `token`: the first word of one.
  @inline(__always)
  static func mayStart(_ token: Token) -> Bool { token.classes.contains(.title) }

  /// ``title(in:at:)`` at a word that starts a title.
  private static func titleFromFirstWord(in tokens: [Token], at start: Int) -> (role: String, length: Int)? {
    guard let candidates = titlesByFirstWord[tokens[start]] else { return nil }
    for (words, role) in candidates where tokens.spell(words, at: start) { return (role, words.count) }
    return nil
  }

  /// The length in tokens of the rank starting at `tokens[start]`, or 0.
  static func rankLength(in tokens: [Token], at start: Int) -> Int {
    // Most words start no rank, and are passed over without spelling out every rank.
    guard start < tokens.count, tokens[start].classes.contains(.rank) else { return 0 }
    return ranksLongestFirst.first { tokens.spell($0, at: start) }?.count ?? 0
  }

  /// ``ranks``, longest first, so that a longer rank wins over its first words.
  private static let ranksLongestFirst = ranks.sorted { $0.count > $1.count }
}
