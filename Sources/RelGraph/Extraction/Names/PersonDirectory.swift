/// The people of a document, each with every name the text uses for them.
///
/// Names join one person by `NameVariants`: spelling variants and partial names join the
/// unique person they fit; a name that fits two people joins neither. Each join is recorded in
/// the person's `merged` attribute ("Mahmoud Ahmadinejad: spelling variant"), so it can be audited.
struct PersonDirectory {
  private(set) var entities: [Entity] = []
  /// Every name that identifies one person, for finding their mentions.
  private(set) var gazetteer = Gazetteer()
  /// Sighted names mapped to the person's id.
  private var idsByName: [String: EntityID] = [:]
  /// Positions in ``entities`` by id.
  private var indicesByID: [EntityID: Int] = [:]

  /// The holders of each office the text gives, by role and country: the basis for resolving
  /// "Iran's President" to a name.
  private var holdersByOffice: [String: [String: Set<EntityID>]] = [:]
  /// The country of the first office the text gives each person.
  private var firstOfficeCountry: [EntityID: String] = [:]
  /// People the text gives a role without saying where it is held ("la canciller X"), and no office, by role.
  private var placelessHoldersByRole: [String: Set<EntityID>] = [:]

  init() {}

  init(sightings: [PersonSighting]) {
    // How often each name is sighted, and where first: one table, each name hashed once a sighting.
    var seen: [String: (count: Int, order: Int)] = [:]
    seen.reserveCapacity(sightings.count)
    for (order, sighting) in sightings.enumerated() { seen[sighting.name, default: (0, order)].count += 1 }
    // Longest names first, so partial names find the full name they belong to; then the most
    // frequent, then the first written, which becomes the canonical name. Each name's sort key
    // is worked out once.
    let keyed = seen.map { name, seen in
      (name: name, words: name.spaceSeparatedWordCount, count: seen.count, order: seen.order)
    }
    let names = keyed.sorted { ($0.words, $0.count, $1.order) > ($1.words, $1.count, $0.order) }.map(\.name)
    let clusters = Self.joiningFamilyNames(NameVariants.clusters(of: names))
    let formsOfClusters = clusters.map { Self.shortForms(of: $0[0].name) }
    // The one cluster each short form belongs to, or `sharedForm` when several have it: a
    // number each, with no set of clusters to allocate per form.
    let sharedForm = -1
    var clusterOfForm: [String: Int] = [:]
    clusterOfForm.reserveCapacity(formsOfClusters.reduce(0) { $0 + $1.count })
    for (index, forms) in formsOfClusters.enumerated() {
      for form in forms { clusterOfForm[form] = clusterOfForm[form].map { $0 == index ? index : sharedForm } ?? index }
    }
    idsByName.reserveCapacity(seen.count + clusterOfForm.count)
    indicesByID.reserveCapacity(clusters.count)
    for (index, (cluster, forms)) in zip(clusters, formsOfClusters).enumerated() {
      var entity = Entity(name: cluster[0].name, kind: .person, aliases: cluster.dropFirst().map(\.name))
      let unique = forms.filter { clusterOfForm[$0] == index }
      entity.addAliases(unique)
      let merges = cluster.compactMap { member in member.rule.map { "\(member.name): \($0)" } }
      if !merges.isEmpty { entity.attributes["merged"] = merges.joined(separator: "; ") }
      let entry = Gazetteer.Entry(canonical: entity.name, kind: .person, id: entity.id)
      for name in entity.allNames {
        gazetteer.add(name, entry)
        idsByName[name] = entity.id
      }
      indicesByID[entity.id] = entities.count
      entities.append(entity)
    }
    var placelessRoles: [(person: EntityID, role: String)] = []
    for sighting in sightings {
      guard let role = sighting.role, let id = idsByName[sighting.name] else { continue }
      if let country = sighting.country {
        holdersByOffice[role, default: [:]][country, default: []].insert(id)
        if firstOfficeCountry[id] == nil { firstOfficeCountry[id] = country }
      } else if sighting.organization == nil {
        placelessRoles.append((id, role))
      }
    }
    for (person, role) in placelessRoles where firstOfficeCountry[person] == nil {
      placelessHoldersByRole[role, default: []].insert(person)
    }
  }

  /// The people the text says hold `role` in `country`.
  func holders(of role: String, in country: String) -> Set<EntityID> { holdersByOffice[role]?[country] ?? [] }

  /// The people the text gives `role` without a place, among those it gives no office.
  func placelessHolders(of role: String) -> Set<EntityID> { placelessHoldersByRole[role] ?? [] }

  /// The role of `person`, when the text gives the person a role without a place and no office.
  func placelessRole(of person: EntityID) -> String? {
    placelessHoldersByRole.first { $0.value.contains(person) }?.key
  }

  /// Records `country` as the country of `person`'s office when the text gives none: an office
  /// read from knowledge, which the rules then use as they use the text's.
  mutating func placeFromKnowledge(_ person: EntityID, in country: String) {
    if firstOfficeCountry[person] == nil { firstOfficeCountry[person] = country }
    for role in placelessHoldersByRole.keys { placelessHoldersByRole[role]?.remove(person) }
  }

  /// The country of the first office the text gives `person`.
  func officeCountry(of person: EntityID) -> String? { firstOfficeCountry[person] }

  /// The id of the person a sighted name belongs to.
  func id(of name: String) -> EntityID? { idsByName[name] }

  /// The person with this id.
  func person(_ id: EntityID) -> Entity? { indicesByID[id].map { entities[$0] } }

  /// Family names written before the given name (Chinese, Korean, Vietnamese).
  static let familyNameFirst = Set(DataFile.lines("family-name-first.txt").map(String.init))

  /// Whether a name's words put the family name first: a listed family name ("Li Qiang"), or
  /// two words of which only the second is a given name ("Kamikawa Yoko").
  static func isFamilyNameFirst(_ words: [String]) -> Bool {
    guard words.count >= 2 else { return false }
    if words.count <= 3, familyNameFirst.contains(words[0]) { return true }
    return words.count == 2 && !GivenNames.contains(words[0]) && GivenNames.contains(words[1])
  }

  /// `clusters` with each lone name ("Kamikawa") joined to the one name written family name
  /// first that opens with it ("Kamikawa Yoko"); ``NameVariants`` joins no lone first word, as
  /// in most names it is a given name.
  private static func joiningFamilyNames(_ clusters: [[(name: String, rule: String?)]])
    -> [[(name: String, rule: String?)]]
  {
    var clustersByFamilyName: [String: [Int]] = [:]
    for (index, cluster) in clusters.enumerated() {
      let words = cluster[0].name.spaceSeparatedWords
      if isFamilyNameFirst(words) { clustersByFamilyName[words[0], default: []].append(index) }
    }
    guard !clustersByFamilyName.isEmpty else { return clusters }
    var joined = clusters
    var isJoined = [Bool](repeating: false, count: clusters.count)
    for (index, cluster) in clusters.enumerated() where cluster[0].name.spaceSeparatedWordCount == 1 {
      guard let owners = clustersByFamilyName[cluster[0].name], owners.count == 1 else { continue }
      joined[owners[0]] += cluster.map { ($0.name, "family name") }
      isJoined[index] = true
    }
    return joined.indices.filter { !isJoined[$0] }.map { joined[$0] }
  }

  /// The shorter forms a full name goes by: the surname, and for three-word names the last two
  /// words and the first two (Spanish double surnames: "Novillo Aguilar", "Edmundo Novillo"); the
  /// first word alone when it is a family name that comes first (``isFamilyNameFirst(_:)``).
  static func shortForms(of name: String) -> [String] {
    let words = name.spaceSeparatedWords
    guard words.count > 1, let last = words.last else { return [] }
    // "Li Qiang" goes by Li, "Kamikawa Yoko" by Kamikawa: a family name that comes first.
    if isFamilyNameFirst(words) { return [words[0]] }
    var forms = [last]
    if words.count == 3, !GivenNames.contains(words[1]) {
      forms += [words[1], words[1] + " " + last, words[0] + " " + words[1]]
    }
    return forms.filter { $0.count > 2 }
  }
}
