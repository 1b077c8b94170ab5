import RelGraph
import Testing

@Suite struct RuleNamesTests {
  @Test("Rule names keep each name once, sorted whatever order they come in, and read back from their JSON form")
  func orderAndRoundTrip() {
    var rules: RuleNames = ["sale-word", "sale-word", ""]
    rules.formUnion(["purchase-word", "sale-word"])
    #expect(rules.names == ["purchase-word", "sale-word"])
    #expect(rules.description == "purchase-word,sale-word")
    var other: RuleNames = ["purchase-word"]
    other.formUnion(["sale-word"])
    #expect(other == rules)
    #expect(RuleNames(commaSeparated: rules.description) == rules)
    #expect(RuleNames(commaSeparated: "").isEmpty)
    #expect(rules.contains("purchase-word") && !rules.contains("sale"))
  }
}
