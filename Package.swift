// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "relgraph",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "RelGraph", targets: ["RelGraph"]),
    .library(name: "Graphviz", targets: ["Graphviz"]),
    .executable(name: "relgraph", targets: ["relgraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
    .target(name: "Graphviz", dependencies: ["CGraphviz"]),
    .target(name: "RelGraph", dependencies: ["Graphviz"]),
    .target(
      name: "RelGraphCLI",
      dependencies: ["RelGraph", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    // The command links mimalloc (Debian's libmimalloc-dev) on Linux, which then serves every
    // allocation of the process: extraction makes millions of small ones, and glibc's malloc
    // took about a tenth of its time. The library products leave the allocator to their users.
    .executableTarget(
      name: "relgraph", dependencies: ["RelGraphCLI"],
      linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
    .executableTarget(
      name: "relgraph-bench",
      dependencies: ["RelGraph", "Graphviz", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(name: "relgraph-example", dependencies: ["RelGraph"]),
    .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
    .testTarget(name: "RelGraphTests", dependencies: ["RelGraph", "Graphviz"]),
    .testTarget(name: "RelGraphCLITests", dependencies: ["RelGraphCLI", "RelGraph"]),
  ]
)
