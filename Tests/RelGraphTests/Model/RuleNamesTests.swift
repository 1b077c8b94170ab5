import RelGraph
import Testing

@Suite struct RuleNamesTests {
  @Test("Rule names keep each name once, first recorded first, and read back from their JSON form")
  func orderAndRoundTrip() {
    var rules: RuleNames = ["sale-word", "sale-word", ""]
    rules.formUnion(["purchase-word", "sale-word"])
    #expect(rules.names == ["sale-word", "purchase-word"])
    #expect(rules.description == "sale-word,purchase-word")
    #expect(RuleNames(commaSeparated: rules.description) == rules)
    #expect(RuleNames(commaSeparated: "").isEmpty)
    #expect(rules.contains("purchase-word") && !rules.contains("sale"))
  }
}
