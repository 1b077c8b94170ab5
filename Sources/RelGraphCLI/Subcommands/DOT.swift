import ArgumentParser
import RelGraph

extension RelGraphCommand {
  struct DOT: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dot", abstract: "Write a graph as Graphviz DOT, styled by kind.")

    @OptionGroup var input: InputOptions
    @OptionGroup var focus: FocusOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      let graph = try focus.apply(to: input.graph())
      try output.write(Array(DOTWriter().dot(for: graph).utf8))
    }
  }
}
