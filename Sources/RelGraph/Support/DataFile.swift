import Foundation

/// The data files the library ships in `Data/`: gazetteers and lexicons, which people edit
/// and scripts generate, read when first needed.
enum DataFile {
  /// The text of the file at `path` under `Data/`.
  ///
  /// The build copies the files into the library's resource bundle; a build without them is
  /// broken, and says which file it lacks.
  static func text(_ path: String) -> String {
    let url = Bundle.module.url(forResource: "Data", withExtension: nil).map { $0.appendingPathComponent(path) }
    guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else {
      preconditionFailure("relgraph's data file Data/\(path) is missing from \(Bundle.module.bundlePath)")
    }
    return text
  }

  /// The name and text of every file in the folder `folder` under `Data/` whose name ends in
  /// `.extension`, sorted by name.
  static func files(in folder: String, withExtension fileExtension: String) -> [(name: String, text: String)] {
    guard let data = Bundle.module.url(forResource: "Data", withExtension: nil),
      let names = try? FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent(folder).path)
    else { preconditionFailure("relgraph's data folder Data/\(folder) is missing from \(Bundle.module.bundlePath)") }
    return names.filter { $0.hasSuffix("." + fileExtension) }.sorted().map { ($0, text("\(folder)/\($0)")) }
  }

  /// The lines of the file at `path` under `Data/` that hold something other than a
  /// comment: empty lines and lines starting with `#` are left out.
  static func lines(_ path: String) -> [Substring] {
    text(path).split(separator: "\n").filter { !$0.isEmpty && $0.first != "#" }
  }
}
