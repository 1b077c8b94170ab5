import ArgumentParser

/// How inputs are read: by their name and first byte, or all as node-link JSON, or all as text.
struct InputFormatOption: ParsableArguments {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    /// A `.json` file, or standard input opening with `{`, is a graph; anything else is text.
    case auto
    case json
    case text
  }

  @Option(
    help: ArgumentHelp(
      "How to read the inputs: 'auto' (a .json file, or standard input opening with '{', is a graph; anything else is article text), 'json' or 'text'."
    ))
  var inputFormat: Format = .auto
}
