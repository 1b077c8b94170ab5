import ArgumentParser
import RelGraph

extension RelGraphCommand {
  struct DOT: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dot", abstract: "Write a graph as Graphviz DOT, styled by kind.")

    @OptionGroup var input: InputOptions
    @OptionGroup var drawing: DrawingOptions
    @OptionGroup var output: OutputOptions

    func validate() throws { try output.validate(against: input.paths()) }

    func run() async throws {
      let graph = try await drawing.graph(from: input)
      try output.write(drawing.writer.utf8(for: graph))
    }
  }
}
