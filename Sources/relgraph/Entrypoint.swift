import Foundation
import RelGraphCLI

@main
struct Entrypoint {
  static func main() async {
    if let message = RelGraphCommand.dashNamedFileMessage(CommandLine.arguments) {
      FileHandle.standardError.write(Data((message + "\n").utf8))
      exit(64)
    }
    await RelGraphCommand.main(Array(LongInputLists.movingPaths(from: CommandLine.arguments).dropFirst()))
  }
}
