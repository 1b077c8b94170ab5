/// The words and phrases of every lexicon entry, read from the lexicon files of all languages
/// (`Data/lexicon/*.lexicon`).
///
/// A file holds sections, each headed by an entry's name in brackets (`[visit]`), with one word
/// or phrase a line, in lower case, and `= value` where the entry maps words to something (a
/// title to its role, a month to its number). Lines starting with `#` are comments. The entries
/// of all files are merged: a language is one more file.
struct Lexicon: Sendable {
  /// A word or phrase of an entry.
  struct Phrase: Sendable, Equatable {
    /// The entry it is a phrase of.
    let entry: LexiconEntry
    /// Its words, lower case.
    let words: [String]
    /// What the entry maps it to, if anything.
    let value: String?
    /// The file it comes from ("en.lexicon"), so that `explain` can say which entry fired.
    let file: String

    /// The phrase, its entry and its file, as `explain` shows what fired: "sold (sale, en.lexicon)".
    var description: String { "\(words.joined(separator: " ")) (\(entry.sectionName), \(file))" }
  }

  /// A line of a lexicon file that cannot be read.
  struct FormatError: Error, CustomStringConvertible {
    let file: String
    let line: Int
    let problem: String
    var description: String { "\(file):\(line): \(problem)" }
  }

  private var phrasesByEntry: [LexiconEntry: [Phrase]] = [:]

  /// The lexicon of `files`, each a name and a text.
  init(files: [(name: String, text: String)]) throws(FormatError) {
    for (name, text) in files {
      var entry: LexiconEntry?
      for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = rawLine.trimmingWhitespace
        if line.isEmpty || line.hasPrefix("#") { continue }
        if line.hasPrefix("[") {
          guard line.hasSuffix("]"), let named = LexiconEntry.named(String(line.dropFirst().dropLast())) else {
            throw FormatError(file: name, line: number + 1, problem: "unknown lexicon entry \(line)")
          }
          entry = named
          continue
        }
        guard let entry else { throw FormatError(file: name, line: number + 1, problem: "a word before any [entry]") }
        let parts = line.split(separator: "=", maxSplits: 1).map(\.trimmingWhitespace)
        // Split as the tokenizer splits text ("d'affaires" is three tokens), so that phrases spell tokens.
        var words: [String] = []
        Tokenizer.forEachWord(of: parts[0]) { words.append(String(decoding: $0, as: UTF8.self)) }
        guard !words.isEmpty, words.joined(separator: " ") == words.joined(separator: " ").lowercased() else {
          throw FormatError(file: name, line: number + 1, problem: "'\(parts[0])' is not in lower case")
        }
        let phrase = Phrase(entry: entry, words: words, value: parts.count > 1 ? parts[1] : nil, file: name)
        if !phrasesByEntry[entry, default: []].contains(where: { $0.words == words }) {
          phrasesByEntry[entry, default: []].append(phrase)
        }
      }
    }
  }

  /// The phrases of `entry`, in the order of the files (by name) and of their lines.
  func phrases(_ entry: LexiconEntry) -> [Phrase] { phrasesByEntry[entry] ?? [] }

  /// The one-word phrases of `entry`.
  func words(_ entry: LexiconEntry) -> Set<String> {
    Set(phrases(entry).filter { $0.words.count == 1 }.map { $0.words[0] })
  }

  /// The lexicon the library ships: every file of `Data/lexicon`.
  static let shared: Lexicon = {
    let files = DataFile.files(in: "lexicon", withExtension: "lexicon")
    do {
      return try Lexicon(files: files)
    } catch {
      preconditionFailure("relgraph's lexicon cannot be read: \(error)")
    }
  }()
}

extension StringProtocol {
  /// The text without spaces and tabs at either end.
  fileprivate var trimmingWhitespace: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
