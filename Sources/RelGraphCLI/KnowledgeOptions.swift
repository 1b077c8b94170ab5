import ArgumentParser
import RelGraph

/// The tables of office holders that extraction places people with: the shipped one and the
/// user's own (`--knowledge`).
struct KnowledgeOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A table of office holders to place people with, besides the shipped one (tab-separated: country, name, role, start, end, other spellings); repeatable.",
      valueName: "file"))
  var knowledge: [String] = []

  /// The extractor, with the office holders of every `--knowledge` table added to the shipped ones.
  func extractor() throws -> Extractor {
    var holders = OfficeHolders.bundled
    for path in knowledge {
      do {
        let bytes = try FileContents.bytes(of: path, limit: InputLoader.maximumBytes)
        try holders.add(tsv: String(decoding: bytes, as: UTF8.self), source: path)
      } catch let error as CLIError {
        throw error
      } catch {
        throw CLIError.unreadable(path, error)
      }
    }
    return Extractor(knowledge: holders)
  }
}
