/// The days a date as relgraph writes it covers: "2023" is 2023-01-01 to 2023-12-31, "2023-07"
/// the month, "2023-07-20" the day. Days are `YYYY-MM-DD`, so they compare as strings.
public struct DateSpan: Hashable, Sendable {
  public let start: String
  public let end: String

  /// The span of `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `nil` for any other text or a day
  /// that does not exist.
  public init?(_ date: String) {
    let parts = date.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year >= 0 else { return nil }
    guard parts.count > 1 else {
      (start, end) = ("\(parts[0])-01-01", "\(parts[0])-12-31")
      return
    }
    guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    guard parts.count > 2 else {
      (start, end) = ("\(parts[0])-\(parts[1])-01", "\(parts[0])-\(parts[1])-\(days)")
      return
    }
    guard parts[2].count == 2, let day = Int(parts[2]), (1...days).contains(day) else { return nil }
    (start, end) = (date, date)
  }

  /// The span from day `start` to day `end`, both `YYYY-MM-DD`.
  init(start: String, end: String) { (self.start, self.end) = (start, end) }

  /// Whether the two spans share a day.
  public func overlaps(_ other: DateSpan) -> Bool { start <= other.end && other.start <= end }
}
