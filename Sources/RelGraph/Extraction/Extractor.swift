/// Turns article text into a ``RelationshipGraph`` of countries, people, organizations and
/// agreements, joined by typed relations that carry their evidence.
///
/// The extractor works with gazetteers (every country with its capitals and demonyms,
/// international bodies, given names), title and appositive patterns for people, and trigger
/// word patterns for relations. It reads English and Spanish and skips web boilerplate.
public struct Extractor: Sendable {
  /// Who held which office when, to place people the text names without a country.
  public var knowledge: OfficeHolders

  /// An extractor that places people with `knowledge` (by default the table the library ships).
  public init(knowledge: OfficeHolders = .bundled) { self.knowledge = knowledge }

  /// Extracts the graph of one document.
  public func extract(_ document: TextDocument) -> RelationshipGraph {
    var graph = RelationshipGraph()
    graph.merge(documentGraph(document))
    return graph
  }

  /// The graph of one document, without the indexes that merging it builds.
  private func documentGraph(_ document: TextDocument) -> RelationshipGraph {
    var extraction = DocumentExtraction(document: document, knowledge: knowledge)
    return extraction.run()
  }

  /// Extracts each document and merges the graphs: one node per entity, evidence concatenated,
  /// and people named differently by different documents joined (`NameVariants`).
  public func extract(_ documents: [TextDocument]) -> RelationshipGraph {
    merged(documents.map(documentGraph))
  }

  /// Extracts documents in parallel, at most `maxConcurrency` at a time, and merges the graphs
  /// in the order of `documents`: the result is the graph ``extract(_:)-([TextDocument])`` gives.
  ///
  /// - Parameters:
  ///   - documents: The documents, in the order their graphs merge.
  ///   - maxConcurrency: How many documents are extracted at once.
  ///   - progress: Called after each document with the number of documents done.
  public func extract(
    _ documents: [TextDocument], maxConcurrency: Int, progress: @Sendable (Int) -> Void = { _ in }
  ) async -> RelationshipGraph {
    await extract(count: documents.count, maxConcurrency: maxConcurrency, progress: progress) { documents[$0] }
  }

  /// Extracts `count` documents that `document` makes from their index, in parallel, at most
  /// `maxConcurrency` at a time, and merges the graphs in index order: the result is the graph
  /// ``extract(_:)-([TextDocument])`` gives for those documents.
  ///
  /// A document is made just before it is extracted and let go right after, so a large archive
  /// never sits in memory as text all at once; graphs are merged while the next documents are
  /// extracted.
  ///
  /// - Parameters:
  ///   - count: How many documents there are.
  ///   - maxConcurrency: How many documents are extracted at once.
  ///   - progress: Called after each document with the number of documents done.
  ///   - document: Makes the document of an index, from 0 to `count - 1`.
  /// - Throws: The first error `document` throws; the documents not yet started are then left.
  public func extract<Failure: Error>(
    count: Int, maxConcurrency: Int, progress: @Sendable (Int) -> Void = { _ in },
    document: @escaping @Sendable (Int) throws(Failure) -> TextDocument
  ) async throws(Failure) -> RelationshipGraph {
    var merged = RelationshipGraph()
    var failure: Failure?
    await withTaskGroup(of: (Int, Result<RelationshipGraph, Failure>).self) { group in
      var next = 0
      func startNext() {
        guard next < count, failure == nil else { return }
        let index = next
        group.addTask { (index, Result { () throws(Failure) in documentGraph(try document(index)) }) }
        next += 1
      }
      for _ in 0..<max(1, maxConcurrency) { startNext() }
      // Graphs that arrive before the ones ahead of them wait here to be merged in order.
      var waiting: [Int: RelationshipGraph] = [:]
      var merges = 0
      var done = 0
      while let (index, result) = await group.next() {
        switch result {
        case .failure(let error):
          failure = failure ?? error
        case .success(let graph):
          waiting[index] = graph
          while let graph = waiting.removeValue(forKey: merges) {
            merged.merge(graph)
            merges += 1
          }
          done += 1
          progress(done)
        }
        startNext()
      }
    }
    if let failure { throw failure }
    return joiningPeople(in: merged, documentCount: count)
  }

  private func merged(_ graphs: [RelationshipGraph]) -> RelationshipGraph {
    var result = RelationshipGraph()
    for graph in graphs { result.merge(graph) }
    return joiningPeople(in: result, documentCount: graphs.count)
  }

  /// The merged graph of `documentCount` documents, with people that different documents name
  /// differently joined (there is nothing to join across a single document).
  private func joiningPeople(in merged: consuming RelationshipGraph, documentCount: Int) -> RelationshipGraph {
    documentCount > 1 ? merged.resolvingPeople() : merged
  }
}
