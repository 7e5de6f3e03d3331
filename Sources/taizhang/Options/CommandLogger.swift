import Foundation
import Logging

/// The logger of a command-line run: warnings only, unless `TAIZHANG_LOG_LEVEL` says otherwise.
func makeCommandLogger(label: String, defaultLevel: Logger.Level = .warning) -> Logger {
    var logger = Logger(label: label)
    let configured = ProcessInfo.processInfo.environment["TAIZHANG_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
    logger.logLevel = configured ?? defaultLevel
    return logger
}
