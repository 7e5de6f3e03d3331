import Foundation

/// Where the bundled templates and static files are: the module bundle's copied `Resources` folder.
enum WebResources {
    static var root: URL {
        let bundle = Bundle.module
        if let url = bundle.url(forResource: "Resources", withExtension: nil) { return url }
        return bundle.bundleURL.appendingPathComponent("Resources")
    }

    static var templatesDirectory: URL { root.appendingPathComponent("templates") }
    static var staticDirectory: URL { root.appendingPathComponent("static") }

    /// A short fingerprint of the static files, appended as `?v=` so browsers may cache them for long.
    static func assetVersion() -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let files = (try? FileManager.default.contentsOfDirectory(atPath: staticDirectory.path))?.sorted() ?? []
        for name in files {
            guard let data = FileManager.default.contents(atPath: staticDirectory.appendingPathComponent(name).path)
            else { continue }
            for byte in data {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 36).suffix(8).description
    }
}
