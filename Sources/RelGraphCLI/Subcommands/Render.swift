import ArgumentParser
import Foundation
import Graphviz
import RelGraph
import RelGraphRendering

extension RelGraphCommand {
  struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw a graph as SVG, PNG or PDF with Graphviz, in process.",
      discussion: """
        Without --layout, graphs of up to \(LayoutChoice.dotNodeLimit) entities use 'dot' and larger \
        ones 'sfdp'. Without --format, the format follows the output file's extension (SVG by default).
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var drawing: DrawingOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("svg, png, pdf, dot (positioned) or json (Graphviz's).", valueName: "format"))
    var format: OutputFormat?

    @Option(
      help: ArgumentHelp("dot, neato, fdp, sfdp, circo or twopi; chosen by size when absent.", valueName: "engine"))
    var layout: LayoutEngine?

    @Option(
      help: ArgumentHelp(
        "Write one drawing of each entity's neighborhood (--depth hops) into this folder, with an index.html.",
        valueName: "folder"))
    var eachEntity: String?

    func validate() throws {
      if eachEntity != nil, output.output != nil || drawing.focus != nil {
        throw ValidationError("--each-entity writes a folder of drawings; it cannot go with -o or --focus.")
      }
      try output.validate(against: input.paths())
      if format == nil, let path = output.output, let suffix = Self.suffix(of: path),
        OutputFormat(rawValue: suffix) == nil
      {
        throw ValidationError(
          "cannot tell the format of '\(path)': give --format, or name it .svg, .png, .pdf, .dot or .json.")
      }
    }

    func run() async throws {
      if let folder = eachEntity {
        let graph = try drawing.filter(await input.graph())
        let pages = NeighborhoodPages(
          graph: graph, depth: drawing.depth, format: format ?? .svg, writer: drawing.writer)
        let count = try pages.write(to: folder)
        FileHandle.standardError.write(Data("wrote \(count) drawings and index.html to \(folder)\n".utf8))
        return
      }
      let graph = try await drawing.graph(from: input)
      do {
        try output.write(try graph.rendered(as: resolvedFormat, engine: layout, writer: drawing.writer))
      } catch let error as GraphvizError {
        throw CLIError(description: "Unable to render: \(error)")
      }
    }

    /// The format: `--format`, else the output's extension, else SVG.
    private var resolvedFormat: OutputFormat {
      format ?? output.output.flatMap(Self.suffix(of:)).flatMap(OutputFormat.init(rawValue:)) ?? .svg
    }

    /// The extension of the file name at the end of `path`, lowercased; `nil` when it has none.
    static func suffix(of path: String) -> String? {
      let name = path.split(separator: "/").last ?? ""
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
      return name[name.index(after: dot)...].lowercased()
    }
  }
}

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
