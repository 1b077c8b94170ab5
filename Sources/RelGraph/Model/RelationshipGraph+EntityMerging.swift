extension RelationshipGraph {
  /// A copy in which each entity of `mapping` is merged into another: its names become aliases
  /// of the target, its relations move to the target, and the target's `merged` attribute
  /// records the name and the reason ("Mahmoud Ahmadinejad: spelling variant").
  ///
  /// Relations that would link an entity to itself are dropped. Ids absent from the graph are ignored.
  ///
  /// The graph is consumed: one that nobody else holds is changed in place.
  public consuming func mergingEntities(_ mapping: [EntityID: (into: EntityID, reason: String)]) -> RelationshipGraph {
    let (relations, ends) = (relations, ends)
    let isMerged = numberMask(of: mapping.keys)
    let merged = mapping.sorted { $0.key < $1.key }.compactMap { id, merge in
      entities[id].map { (entity: $0, merge: merge) }
    }
    var result = removingEntities(mapping.keys)
    for (entity, merge) in merged {
      guard var target = result.entities[merge.into] else { continue }
      target.addAliases(entity.allNames)
      let note = "\(entity.name): \(merge.reason)"
      target.attributes["merged"] = target.attributes["merged"].map { "\($0); \(note)" } ?? note
      result.replace(target)
    }
    for (relation, ends) in zip(relations, ends) {
      // Most relations join entities that stay, which keep their numbers: they need no new ends and no check.
      guard isMerged[ends.source] || isMerged[ends.target] else {
        result.insert(relation, ends: ends)
        continue
      }
      var moved = relation
      moved.source = mapping[relation.source]?.into ?? relation.source
      moved.target = mapping[relation.target]?.into ?? relation.target
      guard moved.source != moved.target else { continue }
      // Re-create the relation so symmetric ends are ordered again.
      try? result.add(
        Relation(
          source: moved.source, kind: moved.kind, target: moved.target, attributes: moved.attributes,
          items: moved.items, confidence: moved.confidence, rules: moved.rules, evidence: moved.evidence))
    }
    return result
  }
}
