import RelGraphCLI

@main
struct Entrypoint {
  static func main() async {
    await RelGraphCommand.main()
  }
}
