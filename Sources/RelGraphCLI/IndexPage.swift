import RelGraph

/// The `index.html` of `render --each-entity`: every entity in a relation, by kind, most
/// connected first, each with its kind, aliases and strongest relations and a link to its
/// drawing; a search box that filters as one types (a few lines of plain JavaScript, no
/// external file, so that it works from `file://`; `#q=text` in the address fills it); the
/// entities in no relation folded at the end.
struct IndexPage {
  var graph: RelationshipGraph
  /// The drawing file of each entity.
  var files: [EntityID: String]

  /// The page's title, by which a later run knows the page as its own to replace.
  static let title = "<title>relgraph: neighborhoods</title>"

  /// How many relations an entry lists.
  static let listedRelations = 3

  var html: String {
    let degree = graph.degrees
    let entities = graph.sortedEntities
    let unlinked = entities.filter { degree[$0.id] == nil }
    var lines = [
      "<!DOCTYPE html>",
      "<html lang=\"en\"><head><meta charset=\"utf-8\">\(Self.title)",
      "<meta name=\"viewport\" content=\"width=device-width\">",
      "<style>\(Self.style)</style></head><body>",
      "<h1>Neighborhoods</h1>",
      "<input id=\"search\" type=\"search\" placeholder=\"Filter by name, alias, kind or relation\" autofocus>",
      "<p id=\"shown\"></p>",
    ]
    for kind in Entity.Kind.allCases {
      let members = entities.filter { $0.kind == kind && degree[$0.id] != nil }
        .sorted { (degree[$1.id]!, $0.name) < (degree[$0.id]!, $1.name) }
      guard !members.isEmpty else { continue }
      lines.append("<section><h2>\(kind.rawValue)</h2><ul>")
      for entity in members { lines.append(entry(entity, degree: degree[entity.id]!)) }
      lines.append("</ul></section>")
    }
    if !unlinked.isEmpty {
      lines.append("<details><summary>\(unlinked.count) in no relation</summary><ul>")
      for entity in unlinked { lines.append(entry(entity, degree: 0)) }
      lines.append("</ul></details>")
    }
    lines += ["<script>\(Self.script)</script>", "</body></html>"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// One entity's line: link, kind, degree, aliases and strongest relations; `data-text` holds
  /// what the search box matches.
  private func entry(_ entity: Entity, degree: Int) -> String {
    let relations = ((try? graph.neighbors(of: entity.id)) ?? []).flatMap(\.relations)
      .sorted { ($0.evidence.count, $1.kind.rawValue) > ($1.evidence.count, $0.kind.rawValue) }
      .prefix(Self.listedRelations)
      .map { relation in
        let name = { (id: EntityID) in graph.entities[id]?.name ?? id.rawValue }
        return "\(name(relation.source)) \(relation.kind.label) \(name(relation.target))"
      }
    let aliases = entity.aliases.prefix(4)
    let text = ([entity.name, entity.kind.rawValue] + entity.aliases + relations).joined(separator: " ").lowercased()
    var line = "<li data-text=\"\(XMLText.escaped(text))\"><a href=\"\(XMLText.escaped(files[entity.id] ?? ""))\">"
    line += "\(XMLText.escaped(entity.name))</a> <span class=\"kind\">\(entity.kind.rawValue), \(degree)</span>"
    if !aliases.isEmpty {
      line += " <span class=\"aliases\">\(XMLText.escaped(aliases.joined(separator: ", ")))</span>"
    }
    if !relations.isEmpty {
      line += "<br><span class=\"relations\">\(XMLText.escaped(relations.joined(separator: " · ")))</span>"
    }
    return line + "</li>"
  }

  private static let style = """
    body{font-family:Helvetica,Arial,sans-serif;margin:2em;max-width:60em}\
    #search{font-size:1.1em;padding:.4em;width:100%;box-sizing:border-box}\
    ul{list-style:none;padding:0}li{margin:.4em 0}.kind{color:#777;font-size:.85em}\
    .aliases{color:#555;font-size:.85em;font-style:italic}.relations{color:#333;font-size:.85em}\
    .hidden{display:none}
    """

  /// Filters the entries as one types: an entry stays when every word typed is in its text.
  private static let script = """
    const box=document.getElementById('search');const shown=document.getElementById('shown');\
    const items=[...document.querySelectorAll('li[data-text]')];\
    function filter(){const words=box.value.toLowerCase().split(/\\s+/).filter(w=>w);let n=0;\
    for(const li of items){const keep=words.every(w=>li.dataset.text.includes(w));\
    li.classList.toggle('hidden',!keep);if(keep)n++;}\
    for(const section of document.querySelectorAll('section')){\
    section.classList.toggle('hidden',!section.querySelector('li:not(.hidden)'));}\
    shown.textContent=n+' of '+items.length+' shown';}\
    box.addEventListener('input',filter);\
    const q=new URLSearchParams(location.hash.slice(1)).get('q');if(q)box.value=q;filter();
    """
}
