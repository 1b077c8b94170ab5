import ArgumentParser

/// The `relgraph` command: extract, export, render and query relationship graphs.
public struct RelGraphCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "relgraph",
    abstract: "Turn articles about relations between countries into a typed, evidence-backed graph.",
    subcommands: [Extract.self, DOT.self, Render.self, Export.self, Diff.self, Neighbors.self, Path.self, Explain.self])

  public init() {}
}
