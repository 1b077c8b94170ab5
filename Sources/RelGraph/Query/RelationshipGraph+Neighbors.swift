extension RelationshipGraph {
  /// Returns the entities within `depth` hops of `id`, nearest first, then by name.
  ///
  /// - Parameters:
  ///   - id: The entity whose neighbors you want.
  ///   - depth: How many hops to follow; 1 gives direct neighbors.
  ///   - kinds: The relation kinds to follow; empty follows all.
  ///   - direction: Whether to follow relations out of, into, or both ways through each entity.
  /// - Returns: An empty array when the entity has no matching relations.
  /// - Throws: ``GraphError/unknownEntity(_:suggestions:)`` if `id` is not in the graph.
  public func neighbors(
    of id: EntityID, depth: Int = 1, kinds: Set<RelationKind> = [], direction: Direction = .both
  ) throws(GraphError) -> [Neighbor] {
    guard entities[id] != nil else { throw .unknownEntity(id.rawValue, suggestions: closestNames(to: id.rawValue)) }
    var reached: [EntityID: Int] = [id: 0]
    var found: [EntityID: [Relation]] = [:]
    var frontier = [id]
    for level in 1...max(depth, 1) {
      var next: [EntityID] = []
      for current in frontier {
        for (relation, other) in steps(from: current, kinds: kinds, direction: direction) {
          if let seen = reached[other] {
            if seen == level { found[other, default: []].append(relation) }
            continue
          }
          reached[other] = level
          found[other] = [relation]
          next.append(other)
        }
      }
      frontier = next
      if frontier.isEmpty { break }
    }
    return found.compactMap { other, relations in
      entities[other].map {
        Neighbor(entity: $0, depth: reached[other]!, relations: relations.sorted { $0.key < $1.key })
      }
    }
    .sorted { ($0.depth, $0.entity.name, $0.entity.id) < ($1.depth, $1.entity.name, $1.entity.id) }
  }

  /// The subgraph of `id`, the entities within `depth` hops, and the relations among them that match `kinds`.
  ///
  /// - Throws: ``GraphError/unknownEntity(_:suggestions:)`` if `id` is not in the graph.
  public func neighborhood(
    of id: EntityID, depth: Int = 1, kinds: Set<RelationKind> = [], direction: Direction = .both
  ) throws(GraphError) -> RelationshipGraph {
    let members = Set(try neighbors(of: id, depth: depth, kinds: kinds, direction: direction).map(\.entity.id) + [id])
    var result = RelationshipGraph()
    for member in members.sorted() { if let entity = entities[member] { result.add(entity) } }
    // Every relation between members leaves one of them: look only at those.
    for index in Set(members.flatMap { outgoing(of: $0) }).sorted() {
      let relation = relations[index]
      if members.contains(relation.target), kinds.isEmpty || kinds.contains(relation.kind) { try? result.add(relation) }
    }
    return result
  }

  /// The shortest chain of relations from `source` to `target`, following relations either way,
  /// or `nil` when the two are not connected.
  ///
  /// - Throws: ``GraphError/unknownEntity(_:suggestions:)`` if either end is not in the graph.
  public func path(from source: EntityID, to target: EntityID, kinds: Set<RelationKind> = []) throws(GraphError)
    -> [Relation]?
  {
    for end in [source, target] where entities[end] == nil {
      throw .unknownEntity(end.rawValue, suggestions: closestNames(to: end.rawValue))
    }
    if source == target { return [] }
    var cameFrom: [EntityID: (EntityID, Relation)] = [:]
    var frontier = [source]
    var visited: Set<EntityID> = [source]
    while !frontier.isEmpty {
      var next: [EntityID] = []
      for current in frontier {
        for (relation, other) in steps(from: current, kinds: kinds, direction: .both) where !visited.contains(other) {
          visited.insert(other)
          cameFrom[other] = (current, relation)
          if other == target { return chain(to: target, from: source, cameFrom) }
          next.append(other)
        }
      }
      frontier = next
    }
    return nil
  }

  /// Relations leaving `id` in `direction`, each with the entity at its other end, sorted for stable results.
  private func steps(from id: EntityID, kinds: Set<RelationKind>, direction: Direction) -> [(Relation, EntityID)] {
    var indices: [Int] = []
    let out = outgoing(of: id)
    let into = incoming(of: id)
    switch direction {
    case .both: indices = out + into
    case .outgoing: indices = out + into.filter { relations[$0].kind.isSymmetric }
    case .incoming: indices = into + out.filter { relations[$0].kind.isSymmetric }
    }
    return indices.sorted().compactMap { index in
      let relation = relations[index]
      guard kinds.isEmpty || kinds.contains(relation.kind) else { return nil }
      let other = relation.source == id ? relation.target : relation.source
      return other == id ? nil : (relation, other)
    }
  }

  private func chain(to target: EntityID, from source: EntityID, _ cameFrom: [EntityID: (EntityID, Relation)])
    -> [Relation]
  {
    var relations: [Relation] = []
    var current = target
    while current != source, let (previous, relation) = cameFrom[current] {
      relations.append(relation)
      current = previous
    }
    return relations.reversed()
  }
}
