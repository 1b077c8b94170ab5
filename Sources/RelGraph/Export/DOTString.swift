import Foundation

/// Quoting of text for DOT.
///
/// Every ID and attribute value relgraph writes goes through ``quoted(_:)``, so no name can be
/// read as a keyword, a number, a port (`a:b`), HTML (`<b>x</b>`) or a Graphviz escape (`\N`).
enum DOTString {
  /// `text` as a double-quoted DOT string.
  ///
  /// Backslashes are doubled (Graphviz would otherwise expand `\N`, `\G`, `\E`, `\T`, `\L`),
  /// quotes are escaped, a line break becomes `\n` (Graphviz's centred line break), and other
  /// control characters, which Graphviz cannot show, are dropped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r", "\t": result += " "
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// `text` as a quoted label: like ``quoted(_:)``, with `&` written `&amp;`, since Graphviz
  /// turns entities such as `&amp;` in labels into the characters they name.
  static func label(_ text: String) -> String {
    quoted(text.replacingOccurrences(of: "&", with: "&amp;"))
  }
}
