import Foundation
import RelGraphTestSupport
import Testing

@Suite struct ExportCommandTests {
  @Test("export writes GraphML and GEXF to -o or standard output, and CSV into a folder")
  func formats() throws {
    let directory = try temporaryDirectory()
    let graphml = try CLIRun.run("relgraph", ["export", CLIRun.article, "--format", "graphml"], in: directory)
    #expect(graphml.status == 0 && graphml.stdout.hasPrefix("<?xml") && graphml.stdout.contains("<graphml"))
    let gexf = try CLIRun.run(
      "relgraph", ["export", CLIRun.article, "--format", "gexf", "-o", "g.gexf"], in: directory)
    #expect(gexf.status == 0)
    #expect(
      try String(contentsOf: directory.appendingPathComponent("g.gexf"), encoding: .utf8).contains(#"version="1.3""#))
    let csv = try CLIRun.run("relgraph", ["export", CLIRun.article, "--format", "csv", "-o", "neo4j"], in: directory)
    #expect(csv.status == 0, "\(csv.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("neo4j").path)
    #expect(Set(files) == ["nodes.csv", "relationships.csv"])
    let noFolder = try CLIRun.run("relgraph", ["export", CLIRun.article, "--format", "csv"], in: directory)
    #expect(noFolder.status == 64 && noFolder.stderr.contains("-o"))
  }

  @Test(
    "The CSV files load into SQLite, where a neighbors query agrees with relgraph neighbors",
    .enabled(if: Python.has("sqlite3", "csv"), "needs python3 with its sqlite3 and csv modules"))
  func sqliteNeighbors() throws {
    let directory = try temporaryDirectory()
    #expect(try CLIRun.run("relgraph", ["extract", CLIRun.article, "-o", "g.json"], in: directory).status == 0)
    #expect(
      try CLIRun.run("relgraph", ["export", "g.json", "--format", "csv", "-o", "neo4j"], in: directory).status == 0)
    let script = """
      import csv, sqlite3, sys
      db = sqlite3.connect(":memory:")
      db.execute("create table nodes (id text primary key, name text)")
      db.execute("create table edges (start text, end text, type text)")
      nodes = list(csv.DictReader(open(sys.argv[1] + "/nodes.csv", newline="", encoding="utf-8")))
      db.executemany("insert into nodes values (?, ?)", [(n["id:ID"], n["name"]) for n in nodes])
      edges = list(csv.DictReader(open(sys.argv[1] + "/relationships.csv", newline="", encoding="utf-8")))
      db.executemany("insert into edges values (?, ?, ?)", [(e[":START_ID"], e[":END_ID"], e[":TYPE"]) for e in edges])
      rows = db.execute(
          "select distinct n.name from edges e join nodes n on n.id = case when e.start = 'country:bolivia' then e.end else e.start end"
          " where 'country:bolivia' in (e.start, e.end) order by n.name").fetchall()
      print("\\n".join(name for (name,) in rows))
      """
    let (status, sqlite) = try Python.run(script, arguments: [directory.appendingPathComponent("neo4j").path])
    #expect(status == 0)

    let neighbors = try CLIRun.run("relgraph", ["neighbors", "g.json", "Bolivia", "--json"], in: directory)
    let json = try JSONSerialization.jsonObject(with: Data(neighbors.stdout.utf8)) as? [[String: Any]]
    let names = (json ?? []).compactMap { $0["name"] as? String }.sorted()
    #expect(!names.isEmpty)
    #expect(sqlite.split(separator: "\n").map(String.init) == names)
  }

  @Test(
    "--since, --until and --dated-only keep a period's relations in dot, neighbors and export; bad dates are refused")
  func period() throws {
    let directory = try temporaryDirectory()
    try Data("Chile sold drones to Peru on 3 May 2021. Chile signed an alliance with Bolivia.\n".utf8)
      .write(to: directory.appendingPathComponent("a.txt"))
    let all = try CLIRun.run("relgraph", ["neighbors", "a.txt", "Chile"], in: directory)
    #expect(all.stdout.contains("Peru") && all.stdout.contains("Bolivia"))
    let later = try CLIRun.run("relgraph", ["neighbors", "a.txt", "Chile", "--since", "2022"], in: directory)
    #expect(!later.stdout.contains("Peru") && later.stdout.contains("Bolivia"))
    let dated = try CLIRun.run(
      "relgraph", ["export", "a.txt", "--format", "graphml", "--until", "2021-05", "--dated-only"], in: directory)
    #expect(dated.stdout.contains("supplies") && !dated.stdout.contains("allied_with"))
    let bad = try CLIRun.run("relgraph", ["dot", "a.txt", "--since", "May 2021"], in: directory)
    #expect(bad.status == 64 && bad.stderr.contains("is not a date"))
    let reversed = try CLIRun.run("relgraph", ["dot", "a.txt", "--since", "2022", "--until", "2021"], in: directory)
    #expect(reversed.status == 64 && reversed.stderr.contains("comes after"))
  }

  @Test("diff lists what was added and removed, as text or JSON, for two inputs or two periods; draws it with -o")
  func diff() throws {
    let directory = try temporaryDirectory()
    try Data("Chile sold drones to Peru on 3 May 2021. Chile signed an alliance with Bolivia.\n".utf8)
      .write(to: directory.appendingPathComponent("old.txt"))
    try Data("Chile signed an alliance with Bolivia. Argentina condemned Chile on 2 June 2022.\n".utf8)
      .write(to: directory.appendingPathComponent("new.txt"))
    let text = try CLIRun.run("relgraph", ["diff", "old.txt", "new.txt"], in: directory)
    #expect(text.status == 0)
    #expect(text.stdout.contains("1 entity and 1 relation added, 1 entity and 1 relation removed"))
    #expect(text.stdout.contains("+ Argentina opposes Chile") && text.stdout.contains("- Chile supplies Peru"))
    #expect(!text.stdout.contains("allied_with"))
    let json = try CLIRun.run("relgraph", ["diff", "old.txt", "new.txt", "--json"], in: directory)
    let record = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: [String: [String]]]
    #expect(record?["added"]?["entities"] == ["country:argentina"])
    let drawn = try CLIRun.run("relgraph", ["diff", "old.txt", "new.txt", "-o", "diff.svg"], in: directory)
    #expect(drawn.status == 0)
    let svg = try String(contentsOf: directory.appendingPathComponent("diff.svg"), encoding: .utf8)
    #expect(svg.contains("#1a9850") && svg.contains("#d73027"))

    #expect(try CLIRun.run("relgraph", ["extract", "old.txt", "new.txt", "-o", "all.json"], in: directory).status == 0)
    let periods = try CLIRun.run(
      "relgraph", ["diff", "all.json", "all.json", "--old-until", "2021", "--new-since", "2022"], in: directory)
    #expect(periods.stdout.contains("+ Argentina opposes Chile") && periods.stdout.contains("- Chile supplies Peru"))
    let bad = try CLIRun.run("relgraph", ["diff", "all.json", "all.json", "--new-since", "June"], in: directory)
    #expect(bad.status == 64 && bad.stderr.contains("--new-since"))
  }

  @Test("--min-support and --top thin a drawing; a relation's pen widens with its sentences")
  func thinning() throws {
    let directory = try temporaryDirectory()
    try Data(
      "Chile sold drones to Peru. Chile sold tanks to Peru. Chile backed Bolivia. Chile condemned Ecuador. Peru condemned Ecuador.\n"
        .utf8
    ).write(to: directory.appendingPathComponent("a.txt"))
    let all = try CLIRun.run("relgraph", ["dot", "a.txt"], in: directory)
    #expect(all.stdout.contains("penwidth=2.0") && all.stdout.contains("\"country:ecuador\" ["))
    let supported = try CLIRun.run("relgraph", ["dot", "a.txt", "--min-support", "2"], in: directory)
    #expect(supported.stdout.contains("class=\"supplies\"") && !supported.stdout.contains("class=\"supports\""))
    let top = try CLIRun.run("relgraph", ["dot", "a.txt", "--top", "3"], in: directory)
    #expect(top.stdout.contains("\"country:peru\" [") && !top.stdout.contains("\"country:bolivia\" ["))
    let bad = try CLIRun.run("relgraph", ["dot", "a.txt", "--top", "0"], in: directory)
    #expect(bad.status == 64)
  }
}
