// swift-tools-version:6.0
import PackageDescription

/// Swift 6 habits every target of the package builds with (as swift-log does).
let swiftSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
  name: "relgraph",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "RelGraph", targets: ["RelGraph"]),
    .library(name: "RelGraphRendering", targets: ["RelGraphRendering"]),
    .executable(name: "relgraph", targets: ["relgraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // The core: model, extraction, export and queries, with no C dependency.
    .target(name: "RelGraph", resources: [.copy("Data")], swiftSettings: swiftSettings),
    // Graphviz's C library, reached through one small wrapper, and the model drawn with it.
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
    .target(name: "Graphviz", dependencies: ["CGraphviz"], swiftSettings: swiftSettings),
    .target(name: "RelGraphRendering", dependencies: ["RelGraph", "Graphviz"], swiftSettings: swiftSettings),
    // The command line, on top of both.
    .target(
      name: "RelGraphCLI",
      dependencies: [
        "RelGraph", "RelGraphRendering", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),
    // The command links mimalloc (Debian's libmimalloc-dev) on Linux, which then serves every
    // allocation of the process; the library products leave the allocator to their users.
    .executableTarget(
      name: "relgraph", dependencies: ["RelGraphCLI"], swiftSettings: swiftSettings,
      linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
    .executableTarget(
      name: "relgraph-bench",
      dependencies: [
        "RelGraph", "RelGraphRendering", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "relgraph-example", dependencies: ["RelGraph", "RelGraphRendering"], swiftSettings: swiftSettings),
    .target(name: "RelGraphTestSupport", dependencies: ["RelGraph"], path: "Tests/RelGraphTestSupport"),
    .testTarget(
      name: "RelGraphTests", dependencies: ["RelGraph", "RelGraphTestSupport"], swiftSettings: swiftSettings),
    .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"], swiftSettings: swiftSettings),
    .testTarget(
      name: "RelGraphRenderingTests", dependencies: ["RelGraphRendering", "RelGraphTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "RelGraphCLITests", dependencies: ["RelGraphCLI", "RelGraph", "RelGraphTestSupport"],
      swiftSettings: swiftSettings),
  ]
)
