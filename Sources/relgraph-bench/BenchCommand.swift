import ArgumentParser

/// Measurements that `Scripts/bench.sh` runs in a release build.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relgraph-bench", abstract: "Measure relgraph in process.",
    subcommands: [
      RenderMemory.self, LayoutCost.self, Synthesize.self, QueryLatency.self, DOTExport.self, NeighborhoodDOTs.self,
      ExtractPhases.self,
    ])
}
