import Testing

@testable import RelGraph

@Suite struct NameVariantsTests {
  @Test("A word's skeleton: transliterations unified, then vowels after the first letter and repeats left out")
  func skeletons() {
    let skeletons = ["Mahmoud", "Mohammad", "Chávez", "Wójcik", "Ousmane", "Schmidt", "Путин", ""].map {
      NameVariants.Word($0).skeleton
    }
    #expect(skeletons == ["mhmd", "mhmd", "khvz", "vjk", "usmn", "shmdt", "путин", ""])
    #expect(NameVariants.Word("Pazeschkian").skeleton == NameVariants.Word("Pezeshkian").skeleton)
  }

  @Test("Spellings of one name join one person; a surname two people share joins neither")
  func clusters() {
    let clusters = NameVariants.clusters(of: [
      "Mahmoud Ahmadinejad", "Evo Morales", "Mahmud Ahmadinejad", "Morales", "Ahmadinejad",
    ])
    #expect(
      clusters.map { $0.map(\.name) } == [
        ["Mahmoud Ahmadinejad", "Mahmud Ahmadinejad", "Ahmadinejad"], ["Evo Morales", "Morales"],
      ])
    #expect(clusters[0][1].rule == "spelling variant" && clusters[0][2].rule == "partial name")
    let shared = NameVariants.clusters(of: ["Ana Morales", "Evo Morales", "Morales"])
    #expect(shared.map { $0.map(\.name) } == [["Ana Morales"], ["Evo Morales"]])
  }
}
