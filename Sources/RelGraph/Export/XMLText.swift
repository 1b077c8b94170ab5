/// Text made safe for XML (and HTML) content and attribute values.
public enum XMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` written as references, and every character XML 1.0
  /// does not allow (control characters other than tab, line feed and carriage return; U+FFFE
  /// and U+FFFF) replaced by U+FFFD: not even a reference may stand for them.
  public static func escaped(_ text: String) -> String {
    guard
      text.utf8.contains(where: {
        $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 >= 0xEF
      })
    else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
