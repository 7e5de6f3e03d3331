import ArgumentParser
import Foundation
import TaizhangCore

/// Ends a command with the Chinese message of a user-facing error (the English description for anything else).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ error: any Error) {
        if let userFacing = error as? any UserFacingError {
            description = userFacing.userMessage
        } else {
            description = "操作失败：\(error)"
        }
    }

    init(message: String) { description = message }
}

extension CommandFailure {
    /// Reads the file a command imports (mapped when it can be), or fails with the message every import gives.
    static func readInput(_ path: String) throws -> (url: URL, data: Data) {
        let url = URL(fileURLWithPath: path)
        do {
            return (url, try Data(contentsOf: url, options: .mappedIfSafe))
        } catch {
            throw CommandFailure(message: "无法读取文件“\(url.lastPathComponent)”：文件不存在或没有读取权限。")
        }
    }
}
