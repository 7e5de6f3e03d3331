import ArgumentParser
import Foundation
import Logging
import TaizhangCore
import TaizhangStore

/// The `--database` option shared by every command that opens the store.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "数据库：SQLite 文件路径或 postgres://… 地址（默认 taizhang.sqlite，或环境变量 TAIZHANG_DATABASE_URL）。")
    var database: String?

    /// The location chosen by the option, the environment, or the default file, in that order.
    var location: DatabaseLocation {
        DatabaseLocation.parse(database ?? ProcessInfo.processInfo.environment["TAIZHANG_DATABASE_URL"] ?? "")
    }

    /// Whether the location is an SQLite file that does not exist yet (a first start).
    var isNewSQLiteFile: Bool {
        if case .sqlite(let path) = location { return !FileManager.default.fileExists(atPath: path) }
        return false
    }

    /// Opens and migrates the store and makes sure the standard indicator catalogue is present.
    func open(logger: Logger) async throws -> TaizhangDatabase {
        let database = try await TaizhangDatabase.open(location, logger: logger)
        do {
            try await database.indicators.addMissingStandardIndicators()
        } catch {
            try? await database.shutdown()
            throw error
        }
        return database
    }
}

extension DatabaseOptions {
    /// Opens the store, runs `body`, and closes it; failures end the command with their Chinese message.
    func withStore<T>(label: String, _ body: (TaizhangDatabase) async throws -> T) async throws -> T {
        let store: TaizhangDatabase
        do {
            store = try await open(logger: makeCommandLogger(label: label))
        } catch {
            throw CommandFailure(error)
        }
        let result: T
        do {
            result = try await body(store)
        } catch {
            try? await store.shutdown()
            throw CommandFailure(error)
        }
        try await store.shutdown()
        return result
    }
}
