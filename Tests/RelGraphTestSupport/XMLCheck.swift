import Foundation
import Synchronization

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses XML for the tests, one document at a time in the whole test process: Foundation's
/// XMLParser on Linux is not safe to run on several threads at once (two tests parsing side by
/// side crashed it), and tests of different suites run in parallel.
public enum XMLCheck {
  private static let lock = Mutex(())

  /// Parses `data`, with `delegate` told of its elements; the parser's error, or `nil` when the
  /// document is well-formed.
  public static func error(parsing data: Data, delegate: (any XMLParserDelegate)? = nil) -> (any Error)? {
    lock.withLock { _ in
      let parser = XMLParser(data: data)
      parser.delegate = delegate
      return parser.parse() ? nil : parser.parserError ?? CocoaError(.coderReadCorrupt)
    }
  }
}
