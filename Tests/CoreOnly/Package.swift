// swift-tools-version:6.0
// A package that depends on the core library alone, as a user who wants extraction and queries
// would. It builds and runs its own test and the core's whole test suite (Tests/RelGraphTests,
// linked here) on a machine without Graphviz: Scripts/check-core.sh.
import PackageDescription

let package = Package(
  name: "CoreOnly",
  dependencies: [.package(name: "relgraph", path: "../..")],
  targets: [
    .target(name: "RelGraphTestSupport", dependencies: [.product(name: "RelGraph", package: "relgraph")]),
    .testTarget(name: "CoreOnlyTests", dependencies: [.product(name: "RelGraph", package: "relgraph")]),
    .testTarget(
      name: "RelGraphTests",
      dependencies: [.product(name: "RelGraph", package: "relgraph"), "RelGraphTestSupport"],
      swiftSettings: [.unsafeFlags(["-enable-testing"])]),
  ]
)
