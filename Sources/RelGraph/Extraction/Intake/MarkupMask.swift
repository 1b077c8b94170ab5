/// Hides the markup of HTML and Markdown documents while keeping every character's offset.
///
/// Markup becomes spaces (or a line break, for block-level HTML tags), and characters that are
/// not text inside a word (Markdown emphasis, the tail of an HTML entity) become
/// ``MarkupMask/filler``, which the tokenizer skips without splitting the word. The masked text
/// has exactly as many scalars as the original, so evidence offsets point into the original file.
enum MarkupMask {
  /// An invisible scalar that stands for removed markup inside a word.
  static let filler: Unicode.Scalar = "\u{200B}"

  /// The document formats relgraph reads.
  enum Format {
    case plain, markdown, html

    /// The format a file name's extension, or failing that the opening of the text (valid
    /// UTF-8), suggests.
    static func of(name: String, utf8: [UInt8]) -> Format {
      let lower = name.lowercased()
      if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
      if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
      let start = utf8.withUnsafeBufferPointer { utf8 in
        var offset = 0
        while offset < utf8.count, case (let scalar, let width) = utf8.scalar(at: offset),
          scalar.properties.isWhitespace
        {
          offset += width
        }
        return offset
      }
      let opening = String(decoding: utf8[start...].prefix(15), as: UTF8.self).lowercased()
      return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") ? .html : .plain
    }
  }

  static func mask(_ scalars: [Unicode.Scalar], as format: Format) -> [Unicode.Scalar] {
    switch format {
    case .plain: scalars
    case .markdown: markdown(scalars)
    case .html: html(scalars)
    }
  }

  /// Turns markup into spaces, keeping line breaks so lines stay lines.
  private static func blank(_ output: inout [Unicode.Scalar], _ range: some Sequence<Int>) {
    for position in range where output[position] != "\n" { output[position] = " " }
  }

  // MARK: - HTML

  /// Elements whose whole content is not article text.
  private static let hiddenElements: Set<String> = [
    "script", "style", "nav", "footer", "aside", "header", "noscript", "form", "svg", "figcaption", "button",
    "template", "iframe",
  ]
  /// Elements that start a new line.
  private static let blockElements: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "main", "blockquote", "title", "body", "head", "html", "dd", "dt", "hr", "figure",
  ]
  private static let entities: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
    "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "aacute": "á", "eacute": "é",
    "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "uuml": "ü", "Aacute": "Á", "Eacute": "É",
    "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "Ntilde": "Ñ", "ccedil": "ç", "atilde": "ã", "otilde": "õ",
    "iexcl": "¡", "iquest": "¿", "laquo": "«", "raquo": "»",
  ]

  static func html(_ source: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var output = source
    var index = 0
    while index < source.count {
      let scalar = source[index]
      if scalar == "<", let tag = Tag(in: source, at: index) {
        blank(&output, index..<tag.end)
        if blockElements.contains(tag.name) || hiddenElements.contains(tag.name) { output[index] = "\n" }
        if hiddenElements.contains(tag.name), !tag.isClosing,
          let close = closingTag(tag.name, in: source, from: tag.end)
        {
          blank(&output, tag.end..<close)
          index = close
        } else {
          index = tag.end
        }
      } else if scalar == "&", let (decoded, end) = entity(in: source, at: index) {
        output[index] = decoded
        for position in index + 1..<end { output[position] = filler }
        index = end
      } else {
        if scalar == "\u{A0}" { output[index] = " " }
        index += 1
      }
    }
    return output
  }

  /// A tag, comment or declaration starting at `<`.
  private struct Tag {
    var name: String
    var isClosing: Bool
    var end: Int

    init?(in source: [Unicode.Scalar], at start: Int) {
      guard start + 1 < source.count else { return nil }
      let next = source[start + 1]
      if next == "!", start + 3 < source.count, source[start + 2] == "-", source[start + 3] == "-" {
        var position = start + 4
        while position + 2 < source.count,
          !(source[position] == "-" && source[position + 1] == "-" && source[position + 2] == ">")
        { position += 1 }
        (name, isClosing, end) = ("!--", false, min(position + 3, source.count))
        return
      }
      guard next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" else { return nil }
      var position = start + 1
      isClosing = next == "/"
      if isClosing { position += 1 }
      var tagName = String.UnicodeScalarView()
      while position < source.count,
        source[position].properties.isAlphabetic || source[position].properties.numericType != nil
      {
        tagName.append(source[position])
        position += 1
      }
      var quote: Unicode.Scalar?
      while position < source.count {
        let scalar = source[position]
        if let open = quote {
          if scalar == open { quote = nil }
        } else if scalar == "\"" || scalar == "'" {
          quote = scalar
        } else if scalar == ">" {
          break
        }
        position += 1
      }
      name = String(tagName).lowercased()
      end = min(position + 1, source.count)
    }
  }

  /// The offset of the `<` of `</name>` after `start`, or nil.
  private static func closingTag(_ name: String, in source: [Unicode.Scalar], from start: Int) -> Int? {
    var position = start
    while position < source.count {
      if source[position] == "<", let tag = Tag(in: source, at: position), tag.isClosing, tag.name == name {
        return position
      }
      position += 1
    }
    return nil
  }

  /// The character an entity such as `&amp;` or `&#8217;` stands for, and where it ends.
  private static func entity(in source: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
    var position = start + 1
    var body = String.UnicodeScalarView()
    while position < source.count, position - start <= 10, source[position] != ";" {
      body.append(source[position])
      position += 1
    }
    guard position < source.count, source[position] == ";" else { return nil }
    let text = String(body)
    if text.hasPrefix("#") {
      let digits = text.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      return value.flatMap(Unicode.Scalar.init).map { ($0, position + 1) }
    }
    return entities[text].map { ($0, position + 1) }
  }

  // MARK: - Markdown

  static func markdown(_ source: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var output = source
    let code = fencedCode(in: source)
    var nextBlock = 0
    var lineStart = true
    var index = 0
    while index < source.count {
      while nextBlock < code.count, code[nextBlock].upperBound <= index { nextBlock += 1 }
      if nextBlock < code.count, code[nextBlock].contains(index) {
        blank(&output, code[nextBlock])
        index = code[nextBlock].upperBound
        lineStart = true
        continue
      }
      let scalar = source[index]
      if lineStart, scalar == "#" || scalar == ">" {
        output[index] = " "  // heading and quote markers
        index += 1
        continue
      }
      lineStart = scalar == "\n" || (lineStart && scalar == " ")
      switch scalar {
      case "*", "_", "`", "~":
        let isListMarker =
          index + 1 < source.count && source[index + 1] == " " && (index == 0 || source[index - 1] == "\n")
        if !isListMarker { output[index] = filler }
      case "!" where index + 1 < source.count && source[index + 1] == "[":
        // An image: its alt text and address are not article text.
        if let close = source[index...].firstIndex(of: ")") {
          blank(&output, index...close)
          index = close
        }
      case "[":
        output[index] = filler
      case "]" where index + 1 < source.count && source[index + 1] == "(":
        if let close = source[index...].firstIndex(of: ")") {
          blank(&output, index...close)
          index = close
        }
      default: break
      }
      index += 1
    }
    return output
  }

  /// The ranges of fenced code blocks: from a line opening with three backquotes or tildes (after
  /// up to three spaces) to the line that closes it with the same mark, or to the end. Code is
  /// not article text.
  static func fencedCode(in source: [Unicode.Scalar]) -> [Range<Int>] {
    var blocks: [Range<Int>] = []
    var open: (start: Int, mark: Unicode.Scalar)?
    var lineStart = 0
    while lineStart < source.count {
      let lineEnd = source[lineStart...].firstIndex(of: "\n").map { $0 + 1 } ?? source.count
      var first = lineStart
      while first < lineEnd, first - lineStart < 3, source[first] == " " { first += 1 }
      if first + 3 <= lineEnd, source[first] == "`" || source[first] == "~",
        source[first + 1] == source[first], source[first + 2] == source[first]
      {
        if let block = open {
          if block.mark == source[first] {
            blocks.append(block.start..<lineEnd)
            open = nil
          }
        } else {
          open = (lineStart, source[first])
        }
      }
      lineStart = lineEnd
    }
    if let block = open { blocks.append(block.start..<source.count) }
    return blocks
  }
}
