import Synchronization

/// Long lists of input paths, taken off the command line before swift-argument-parser reads it.
///
/// The parser removes each argument it reads from the front of an array, which takes time
/// proportional to the arguments left: 20,000 paths took 14.6 s before any work. The paths of
/// a long run are moved here in one pass, and ``InputOptions`` reads them as if given in place.
public enum LongInputLists {
  /// The subcommands whose inputs are a list of paths.
  static let listingCommands: Set<String> = ["extract", "dot", "render"]
  /// How many movable paths make a list worth moving.
  static let threshold = 64

  private static let moved = Mutex<[String]>([])

  /// The paths moved off the command line, in their order.
  static var paths: [String] { moved.withLock { $0 } }

  /// `arguments` (a whole command line, the program first) without the paths of its long lists,
  /// which are kept for ``InputOptions``: what the command's entry point calls once.
  public static func movingPaths(from arguments: [String]) -> [String] {
    let (kept, paths) = split(arguments)
    if !paths.isEmpty { moved.withLock { $0 = paths } }
    return kept
  }

  /// The arguments that stay for the parser, and the paths of a long list (none for a short one).
  ///
  /// A path is moved when it is sure to be an input: it does not start with `-` and comes after
  /// an argument that does not either (so it is no option's value), or it comes after `--`.
  /// Everything else stays for the parser, which reads it, checks it and reports errors as usual.
  static func split(_ arguments: [String]) -> (kept: [String], paths: [String]) {
    guard arguments.count > threshold, arguments.count > 1, listingCommands.contains(arguments[1]) else {
      return (arguments, [])
    }
    var kept: [String] = []
    var paths: [String] = []
    var afterTerminator = false
    for (index, argument) in arguments.enumerated() {
      let previous = index > 2 ? arguments[index - 1] : "-"
      if index > 2, afterTerminator || !argument.hasPrefix("-") && !previous.hasPrefix("-") {
        paths.append(argument)
      } else {
        kept.append(argument)
      }
      if argument == "--", index > 1 { afterTerminator = true }
    }
    return paths.count >= threshold ? (kept, paths) : (arguments, [])
  }
}
