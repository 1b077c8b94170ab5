import Synchronization

/// Entity ids by folded name and alias (``NameKey``): what finds an entity by name.
///
/// The index is built at the first lookup, from the entities of the graph then, rather than
/// kept up as entities come: extraction adds entities document by document and looks none up by
/// name.
/// A graph whose names change starts a new index (``RelationshipGraph``).
final class NameIndex: Sendable {
  private let idsByKey = Mutex<[String: [EntityID]]?>(nil)

  /// Whether the index has been built.
  var isBuilt: Bool { idsByKey.withLock { $0 != nil } }

  /// The ids of the entities named `key`, with the index built from `entities` first if it is not.
  func ids(forKey key: String, building entities: [EntityID: Entity]) -> [EntityID] {
    idsByKey.withLock { index in
      if index == nil { index = Self.index(of: entities) }
      return index?[key] ?? []
    }
  }

  /// The ids of `entities` by the key of each of their names and their id.
  private static func index(of entities: [EntityID: Entity]) -> [String: [EntityID]] {
    var index: [String: [EntityID]] = [:]
    index.reserveCapacity(entities.count * 2)
    for (id, entity) in entities {
      for key in keys(of: entity.allNames + [id.rawValue]) { index[key, default: []].append(id) }
    }
    return index
  }

  /// The distinct keys of `names`, in the order they first come.
  private static func keys(of names: [String]) -> [String] {
    var keys: [String] = []
    for name in names {
      let key = NameKey.of(name)
      if !keys.contains(key) { keys.append(key) }
    }
    return keys
  }
}
