import ArgumentParser
import Foundation
import RelGraph

extension RelGraphCommand {
  struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a graph as GraphML, GEXF (Gephi) or CSV files for neo4j-admin import.",
      discussion: """
        GraphML and GEXF go to the file -o names, or standard output. CSV writes two files into the \
        folder -o names (made if need be): nodes.csv and relationships.csv.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case graphml, gexf, csv
    }

    @OptionGroup var input: InputOptions

    @Option(help: "The format: graphml, gexf or csv.")
    var format: Format

    @OptionGroup var period: PeriodOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
      if format == .csv, output.output == nil || output.output == "-" {
        throw ValidationError("--format csv writes two files: give the folder for them with -o.")
      }
      if format != .csv { try output.validate(against: input.paths()) }
    }

    func run() async throws {
      let graph = period.apply(to: try await input.graph())
      switch format {
      case .graphml: try output.write(Array(GraphMLWriter.graphML(for: graph).utf8))
      case .gexf: try output.write(Array(GEXFWriter.gexf(for: graph, modified: Self.today()).utf8))
      case .csv:
        let folder = output.output!
        do {
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          throw CLIError.unwritable(folder, (error as NSError).localizedDescription)
        }
        try AtomicFile.write(
          Array(Neo4jCSV.nodes(of: graph).utf8), to: (folder as NSString).appendingPathComponent("nodes.csv"))
        try AtomicFile.write(
          Array(Neo4jCSV.relationships(of: graph).utf8),
          to: (folder as NSString).appendingPathComponent("relationships.csv"))
      }
    }

    /// Today's date, `YYYY-MM-DD`, in UTC; `SOURCE_DATE_EPOCH` sets it for reproducible files.
    static func today() -> String {
      let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = "yyyy-MM-dd"
      return formatter.string(from: seconds.map(Date.init(timeIntervalSince1970:)) ?? Date())
    }
  }
}
