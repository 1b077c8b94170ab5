import Foundation

// The fuzz binary's resource bundle: Scripts/fuzz.sh links the library's Data folder beside it,
// where SwiftPM's own accessor for the RelGraph target would look.
extension Foundation.Bundle {
  static let module: Bundle = {
    let path = Bundle.main.bundleURL.appendingPathComponent("relgraph_RelGraph.resources").path
    guard let bundle = Bundle(path: path) else { fatalError("no resource bundle at \(path)") }
    return bundle
  }()
}
