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
    var graph = RelationshipGraph()
    for document in documents { graph.merge(extract(document)) }
    return documents.count > 1 ? graph.resolvingPeople() : graph
  }
}
