import ArgumentParser
import Foundation
import Hummingbird
import TaizhangCore
import TaizhangStore
import TaizhangWeb

/// `taizhang serve`: runs the web application; a new SQLite file is filled with the demo city first.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "启动网页服务（首次启动的新 SQLite 数据库自动写入演示数据）。")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "监听地址（默认 127.0.0.1，仅本机访问；内网服务用 0.0.0.0）。")
    var host = "127.0.0.1"

    @Option(name: .long, help: "监听端口。")
    var port = 8080

    @Flag(name: .long, help: "数据库中还没有组织机构时写入演示数据（PostgreSQL 也适用）。")
    var demo = false

    @Option(name: .long, help: "上传文件大小上限（MB）。")
    var uploadLimitMB = 20

    @Option(name: .long, help: "报送截止日：次月该日之后仍未报送的开发区显示为“逾期”（1～28，默认10）。")
    var reviewDeadlineDay = 10

    func run() async throws {
        let logger = makeCommandLogger(label: "taizhang", defaultLevel: .info)
        let fillDemo = demo || database.isNewSQLiteFile
        let store = try await database.open(logger: logger)
        do {
            if fillDemo, try await store.orgUnits.all(includeArchived: true).isEmpty {
                let summary = try await DemoLoader.load(into: store, through: lastCompleteMonth())
                announce(
                    "已写入演示数据：\(summary.orgUnits)个组织、\(summary.observations)条指标值"
                        + (summary.projects.map { "、\($0.projects)个项目" } ?? "") + "（截至\(summary.through.chineseName)）。")
            }
            try await ensureInitialAdministrator(store)
            let app = try await buildApplication(
                database: store,
                configuration: WebConfiguration(
                    host: host, port: port, uploadLimit: uploadLimitMB * 1_048_576,
                    reviewDeadlineDay: reviewDeadlineDay),
                logger: logger)
            announce("台账已启动：http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)/  数据库：\(store.locationDescription)")
            try await app.runService()
        } catch {
            try? await store.shutdown()
            throw CommandFailure(error)
        }
        try await store.shutdown()
    }
}

extension ServeCommand {
    /// With no account at all, creates `admin`: with `TAIZHANG_INITIAL_ADMIN_PASSWORD` when set (scripted setups:
    /// end-to-end checks, benchmarks), otherwise with a one-time password printed once, to be changed at first login.
    func ensureInitialAdministrator(_ store: TaizhangDatabase) async throws {
        let users = store.users
        if let chosen = ProcessInfo.processInfo.environment["TAIZHANG_INITIAL_ADMIN_PASSWORD"], !chosen.isEmpty {
            guard try await users.count() == 0 else { return }
            do {
                try await users.create(
                    username: UserRepository.initialAdministratorName, displayName: "系统管理员", password: chosen,
                    role: .systemAdmin, scopeOrgUnitID: nil, mustChangePassword: false, by: .system)
                announce("已按 TAIZHANG_INITIAL_ADMIN_PASSWORD 创建初始系统管理员账号：admin")
            } catch AccessStoreError.duplicateUsername {
                return  // another instance created it first
            }
            return
        }
        guard let initial = try await users.ensureInitialAdmin() else { return }
        announce(
            """
            ================================================================
            已创建初始系统管理员账号（此密码只显示这一次，请立即记下）：
                用户名：\(initial.username)
                一次性密码：\(initial.password)
            首次登录后须立即修改密码。
            ================================================================
            """)
    }
}

/// Writes a line to standard output at once: `print` is block-buffered when the output is a pipe or a log file,
/// and an operator waiting for the URL should not wait for the buffer to fill.
private func announce(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
