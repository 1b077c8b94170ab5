/// Turns article text into a ``RelationshipGraph`` of countries, people, organizations and
/// agreements, joined by typed relations that carry their evidence.
///
/// The extractor works with gazetteers (every country with its capitals and demonyms,
/// international bodies, given names), title and appositive patterns for people, and trigger
/// word patterns for relations. It reads English and Spanish and skips web boilerplate.
public struct Extractor: Sendable {
  public init() {}

  /// Extracts the graph of one document.
  public func extract(_ document: TextDocument) -> RelationshipGraph {
    var extraction = DocumentExtraction(document: document)
    return extraction.run()
  }

  /// Extracts each document and merges the graphs: one node per entity, evidence concatenated,
  /// and people named differently by different documents joined (``NameVariants``).
  public func extract(_ documents: [TextDocument]) -> RelationshipGraph {
    merged(documents.map(extract))
  }

  /// Extracts documents in parallel, at most `maxConcurrency` at a time, and merges the graphs
  /// in the order of `documents`: the result is the graph ``extract(_:)-([TextDocument])`` gives.
  ///
  /// - Parameter progress: Called after each document with the number of documents done.
  public func extract(
    _ documents: [TextDocument], maxConcurrency: Int, progress: @Sendable (Int) -> Void = { _ in }
  ) async -> RelationshipGraph {
    var graphs = [RelationshipGraph?](repeating: nil, count: documents.count)
    await withTaskGroup(of: (Int, RelationshipGraph).self) { group in
      var next = 0
      func startNext() {
        guard next < documents.count else { return }
        let index = next
        group.addTask { (index, extract(documents[index])) }
        next += 1
      }
      for _ in 0..<max(1, maxConcurrency) { startNext() }
      var done = 0
      while let (index, graph) = await group.next() {
        graphs[index] = graph
        done += 1
        progress(done)
        startNext()
      }
    }
    return merged(graphs.compactMap { $0 })
  }

  private func merged(_ graphs: [RelationshipGraph]) -> RelationshipGraph {
    var result = RelationshipGraph()
    for graph in graphs { result.merge(graph) }
    return graphs.count > 1 ? result.resolvingPeople() : result
  }
}
