import RelGraphCLI

@main
struct Entrypoint {
  static func main() {
    RelGraphCommand.main()
  }
}
