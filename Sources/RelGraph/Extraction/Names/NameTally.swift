/// How often each name has come so far. Names are listed as they come and counted only when a
/// count is asked for, from where the last count stopped: a document that asks for none, as most
/// do not, hashes none of them.
struct NameTally {
  private var names: [String] = []
  private var countedNames = 0
  private var counts: [String: Int] = [:]

  /// Records one more coming of `name`.
  mutating func add(_ name: String) { names.append(name) }

  /// How often `name` has come so far.
  mutating func count(of name: String) -> Int {
    for index in countedNames..<names.count { counts[names[index], default: 0] += 1 }
    countedNames = names.count
    return counts[name] ?? 0
  }
}
