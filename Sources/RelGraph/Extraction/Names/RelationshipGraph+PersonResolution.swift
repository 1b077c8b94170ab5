extension RelationshipGraph {
  /// A copy in which people named differently by different documents are one: a partial name
  /// ("Morales") or a spelling variant ("Mahmoud Ahmadinejad") joins the one person it fits, by
  /// the rules of `NameVariants`; a name that fits two people joins neither.
  ///
  /// ``Extractor`` does this when it extracts several documents together. Graphs extracted apart
  /// and merged (``merge(_:)``) get the same people by calling it once after the last merge:
  /// however the documents are split, and in whatever order the parts merge, the result has the
  /// same entities and relations as extracting them together.
  public consuming func resolvingPeople() -> RelationshipGraph {
    // Longest names first, then the best supported; each person's sort key is worked out once.
    let people = entities.values.filter { $0.kind == .person }.map { entity in
      (
        entity, words: entity.name.spaceSeparatedWordCount,
        support: outgoing(of: entity.id).count + incoming(of: entity.id).count
      )
    }
    let ordered = people.sorted { ($0.words, $0.support, $1.0.name) > ($1.words, $1.support, $0.0.name) }.map(\.0)
    let ids = Dictionary(ordered.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
    var mapping: [EntityID: (into: EntityID, reason: String)] = [:]
    for cluster in NameVariants.clusters(of: ordered.map(\.name)) where cluster.count > 1 {
      guard let target = ids[cluster[0].name] else { continue }
      for member in cluster.dropFirst() {
        if let id = ids[member.name], let rule = member.rule, id != target {
          mapping[id] = (target, rule + " across documents")
        }
      }
    }
    return mapping.isEmpty ? self : mergingEntities(mapping)
  }
}
