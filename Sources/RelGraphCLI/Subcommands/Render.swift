import ArgumentParser
import Graphviz
import RelGraph

extension RelGraphCommand {
  struct Render: ParsableCommand {
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

    @Option(help: ArgumentHelp("dot, neato, fdp, sfdp, circo or twopi; chosen by size when absent.", valueName: "engine"))
    var layout: LayoutEngine?

    func run() throws {
      let graph = try drawing.apply(to: input.graph())
      do {
        try output.write(try graph.rendered(as: resolvedFormat, engine: layout, writer: drawing.writer))
      } catch let error as GraphvizError {
        throw CLIError(description: "Unable to render: \(error)")
      }
    }

    private var resolvedFormat: OutputFormat {
      if let format { return format }
      let suffix = output.output.flatMap { $0.split(separator: ".").last.map { $0.lowercased() } }
      return suffix.flatMap(OutputFormat.init(rawValue:)) ?? .svg
    }
  }
}

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
