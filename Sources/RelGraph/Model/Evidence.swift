/// The sentence that supports a relation, and where it is.
///
/// `start` and `end` count Unicode scalars (code points) from the start of the document,
/// the way Python indexes a `str`: `text[start:end]` is the sentence.
public struct Evidence: Hashable, Sendable, Codable {
  /// The file name of the document, or `-` for standard input.
  public var document: String
  public var sentence: String
  public var start: Int
  public var end: Int

  public init(document: String, sentence: String, start: Int, end: Int) {
    self.document = document
    self.sentence = sentence
    self.start = start
    self.end = end
  }
}

extension Evidence {
  /// Where a sentence is: its document and offsets. Evidence at one place is one sentence,
  /// whatever text each copy holds.
  struct Place: Hashable {
    var document: String
    var start: Int
    var end: Int

    init(_ evidence: Evidence) { (document, start, end) = (evidence.document, evidence.start, evidence.end) }
  }

  /// Whether `other` is evidence at the same place.
  func isSamePlace(as other: Evidence) -> Bool {
    start == other.start && end == other.end && document == other.document
  }
}
