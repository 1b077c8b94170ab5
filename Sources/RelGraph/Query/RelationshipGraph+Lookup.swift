extension RelationshipGraph {
  /// Finds an entity by id, canonical name or alias, ignoring case, accents and a leading "the".
  ///
  /// - Parameter name: An id such as `country:iran`, a name such as "Iran", or an alias such as "Tehran".
  /// - Throws: ``GraphError/unknownEntity(_:suggestions:)`` with the closest names when nothing
  ///   matches; ``GraphError/ambiguousEntity(_:candidates:)`` when several entities share the name.
  public func entity(named name: String) throws(GraphError) -> Entity {
    if let entity = entities[EntityID(name)] { return entity }
    let matches = ids(namedByKey: NameKey.of(name))
    if matches.count > 1 { throw .ambiguousEntity(name, candidates: matches.sorted()) }
    guard let id = matches.first, let entity = entities[id] else {
      throw .unknownEntity(name, suggestions: closestNames(to: name))
    }
    return entity
  }

  /// Up to three canonical names closest to `name` by edit distance, among names of at most
  /// ``longestSuggestedName`` characters whose length is near enough to `name`'s: a lookup in a
  /// graph with a hostile 100 MB name stays as quick as any other.
  func closestNames(to name: String, limit: Int = 3) -> [String] {
    guard name.utf8.count <= Self.longestSuggestedName * 4 else { return [] }
    let key = Array(NameKey.of(name))
    guard key.count <= Self.longestSuggestedName else { return [] }
    let cutoff = max(3, key.count / 2)
    let scored = entities.values.map { entity in
      let distance =
        entity.allNames.lazy.filter { $0.utf8.count <= Self.longestSuggestedName * 4 }.map { Array(NameKey.of($0)) }
        .filter { abs($0.count - key.count) <= cutoff }.map { EditDistance.between(key, $0) }.min() ?? .max
      return (distance, entity.name)
    }
    return scored.filter { $0.0 <= cutoff }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
  }

  /// The longest name, in characters, that suggestions compare.
  static let longestSuggestedName = 200
}

/// Levenshtein distance between character sequences.
enum EditDistance {
  static func between<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
