import ArgumentParser
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
