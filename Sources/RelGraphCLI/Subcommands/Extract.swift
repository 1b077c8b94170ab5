import ArgumentParser
import RelGraph

extension RelGraphCommand {
  struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract a graph from article text and write it as node-link JSON.",
      discussion: "Several files are merged into one graph: one node per entity, evidence concatenated.")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws { try output.validate(against: input.paths()) }

    func run() async throws {
      let graph = try await input.graph()
      // Written as it is made, a piece at a time: a large graph's JSON is never held whole.
      try output.write { write in
        NodeLinkJSON.encode(graph) { write(UnsafeRawBufferPointer($0)) }
        [UInt8(ascii: "\n")].withUnsafeBytes(write)
      }
    }
  }
}
