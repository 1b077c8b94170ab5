import Foundation
import RelGraphTestSupport
import Testing

@Suite struct IndexPageTests {
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// The page's DOM as headless Chromium leaves it, opened at `address`.
  static func dom(_ address: String) throws -> String {
    try Command.run(chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", address]).stdout
  }

  /// The drawings linked by the entries the page shows.
  static func shown(_ dom: String) -> [String] {
    dom.components(separatedBy: "<li data-text=").dropFirst().filter { !$0.contains("class=\"hidden\"") }
      .compactMap { $0.components(separatedBy: "href=\"").dropFirst().first?.components(separatedBy: "\"").first }
  }

  @Test(
    "The index lists linked entities by degree; in Chromium its search box filters as it is filled",
    .enabled(if: chromium != nil, "needs Chromium (Debian's chromium) for the browser test"))
  func searchInBrowser() throws {
    let directory = try temporaryDirectory()
    try Data(
      "Chile sold drones to Peru. Chile backed Bolivia. Peruvian President Ana Soto visited Santiago. Fiji exists.\n"
        .utf8
    ).write(to: directory.appendingPathComponent("a.txt"))
    let run = try CLIRun.run("relgraph", ["render", "a.txt", "--each-entity", "pages"], in: directory)
    #expect(run.status == 0, "\(run.stderr)")
    let page = directory.appendingPathComponent("pages/index.html")
    let html = try String(contentsOf: page, encoding: .utf8)
    let chile = try #require(html.range(of: "country_chile.svg"))
    let bolivia = try #require(html.range(of: "country_bolivia.svg"))
    #expect(chile.lowerBound < bolivia.lowerBound, "the most connected first")

    let all = try Self.dom(page.absoluteString)
    let everything = Self.shown(all)
    #expect(everything.count >= 4 && all.contains(">\(everything.count) of \(everything.count) shown<"))
    let people = try Self.dom(page.absoluteString + "#q=person")
    #expect(Self.shown(people) == ["person_ana-soto.svg"])
    let sold = try Self.dom(page.absoluteString + "#q=peru%20supplies")
    #expect(Set(Self.shown(sold)) == ["country_chile.svg", "country_peru.svg"])
    let none = try Self.dom(page.absoluteString + "#q=atlantis")
    #expect(Self.shown(none).isEmpty && none.contains(">0 of "))
  }
}
