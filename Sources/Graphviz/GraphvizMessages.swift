import CGraphviz

/// Messages cgraph reported since the last ``GraphvizMessages/reset()``.
///
/// cgraph reports errors through one process-wide C callback that cannot capture context,
/// so the text it sends lands in this global buffer. Only code holding ``Renderer``'s lock
/// touches it, which is what makes the `nonisolated(unsafe)` sound.
enum GraphvizMessages {
  nonisolated(unsafe) private static var buffer = ""

  /// Routes every cgraph warning and error into the buffer instead of stderr.
  ///
  /// The corresponding Graphviz calls are `agseterr` and `agseterrf`.
  static func install() {
    _ = agseterr(AGWARN)
    _ = agseterrf { fragment in
      if let fragment { GraphvizMessages.buffer += String(cString: fragment) }
      return 0
    }
  }

  /// Forgets earlier messages. The corresponding Graphviz call is `agreseterrors`.
  static func reset() {
    buffer = ""
    _ = agreseterrors()
  }

  /// The messages received since the last reset, one per line, with the "Error: " prefixes removed.
  static var lines: [String] {
    buffer.split(whereSeparator: \.isNewline)
      .map { line in
        var text = line.trimmingPrefix("Error").trimmingPrefix("Warning")
        if text.hasPrefix(":") { text = text.dropFirst() }
        return String(text.trimmingCharacters(in: " "))
      }
      .filter { !$0.isEmpty }
  }

  /// All lines joined, or `fallback` when Graphviz said nothing.
  static func summary(or fallback: String) -> String {
    let text = lines.joined(separator: "; ")
    return text.isEmpty ? fallback : text
  }
}

extension StringProtocol {
  fileprivate func trimmingCharacters(in character: Character) -> Substring {
    var text = Substring(self)
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return text
  }
}
