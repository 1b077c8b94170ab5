/// Rules that decide whether two written names are one person's.
enum NameVariants {
  /// A spelling key that ignores vowels (after the first letter), doubled letters and common
  /// transliteration choices ("sch"/"sh", "ph"/"f", "w"/"v", "ou"/"u").
  static func skeleton(_ word: String) -> String {
    var text = NameKey.fold(word)
    for (from, to) in [("sch", "sh"), ("ph", "f"), ("kh", "h"), ("w", "v"), ("ou", "u"), ("dj", "j"), ("q", "k"), ("c", "k")] {
      text = text.replacingOccurrences(of: from, with: to)
    }
    var result = ""
    for (index, character) in text.enumerated() {
      if index > 0, "aeiouy".contains(character) { continue }
      if result.last == character { continue }
      result.append(character)
    }
    return result
  }

  /// Whether two words are spellings of one name: the same skeleton and an edit distance of at
  /// most a quarter of the longer word (at least 1, so "Mahmud"/"Mahmoud" and
  /// "Pazeschkian"/"Pezeshkian" match but "Mohammad"/"Mahmud" do not).
  static func areSpellings(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let foldedA = Array(NameKey.fold(a)), foldedB = Array(NameKey.fold(b))
    guard foldedA.first == foldedB.first, skeleton(a) == skeleton(b) else { return false }
    return EditDistance.between(foldedA, foldedB) <= max(2, max(foldedA.count, foldedB.count) / 4)
  }

  /// How `short` relates to `long` when it is the same person's name, or `nil`.
  ///
  /// - `"spelling variant"`: as many words, each a spelling of the other's;
  /// - `"partial name"`: the words of `short` appear in `long`, in order ("Edmundo Novillo").
  static func relation(of short: [String], to long: [String]) -> String? {
    if short.count == long.count {
      return zip(short, long).allSatisfy { areSpellings($0, $1) } ? "spelling variant" : nil
    }
    guard short.count < long.count else { return nil }
    var position = long.startIndex
    for word in short {
      guard let found = long[position...].firstIndex(where: { areSpellings($0, word) }) else { return nil }
      position = found + 1
    }
    // A lone first name ("Joseph") is too weak to join a person.
    if short.count == 1, areSpellings(short[0], long[0]) { return nil }
    return "partial name"
  }

  /// Groups the names of people: each name joins the one group whose first name it is a
  /// spelling variant or a partial form of, starts a group when it fits none, and is dropped when
  /// it fits several (a surname two people share identifies neither).
  ///
  /// - Parameter names: Names in order of preference: a group's first name is its canonical name,
  ///   so longer names should come first.
  /// - Returns: The groups, each a list of names with the rule that joined it (`nil` for the first).
  static func clusters(of names: [String]) -> [[(name: String, rule: String?)]] {
    var clusters: [[(name: String, rule: String?)]] = []
    for name in names {
      let words = name.split(separator: " ").map(String.init)
      let fits = clusters.indices.compactMap { index in
        relation(of: words, to: clusters[index][0].name.split(separator: " ").map(String.init)).map { (index, $0) }
      }
      if fits.count == 1 {
        clusters[fits[0].0].append((name, fits[0].1))
      } else if fits.isEmpty {
        clusters.append([(name, nil)])
      }
    }
    return clusters
  }
}
