import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore

/// `taizhang user add|reset|disable|enable|list`: the operator's account management on the command line.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "管理用户账号：新增、重置密码、停用、启用、列出。",
        subcommands: [Add.self, Reset.self, Disable.self, Enable.self, List.self])

    /// `taizhang user add USERNAME --role ROLE [--unit CODE] [--name 显示名] [--password-stdin]`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "新增用户；未提供密码时生成一次性密码并显示一次，用户首次登录须修改。")

        @Argument(help: "用户名（2～32位英文字母、数字或 . _ -）。")
        var username: String

        @Option(
            name: .long,
            help: "角色：systemAdmin 系统管理员、cityReviewer 市级审核员、zoneAdmin 园区管理员、zoneClerk 园区填报员、leader 领导（只读）。")
        var role: String

        @Option(name: .long, help: "管辖范围：组织编码或名称（该组织及其下级）；系统管理员可省略，表示全部。")
        var unit: String?

        @Option(name: .long, help: "显示名，如 李萍。")
        var name: String?

        @Option(name: .long, help: "初始密码（会留在命令历史中，建议改用 --password-stdin）。")
        var password: String?

        @Flag(name: .long, help: "从标准输入读取初始密码（一行）。")
        var passwordStdin = false

        @Flag(name: .long, help: "不要求用户首次登录时修改密码（仅用于自动化测试账号）。")
        var permanent = false

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let parsedRole = Role(parsing: role) else {
                throw CommandFailure(
                    message: "无法识别的角色“\(role)”，可选："
                        + Role.allCases.map { "\($0.rawValue)（\($0.displayName)）" }
                        .joined(separator: "、") + "。")
            }
            if unit == nil, parsedRole != .systemAdmin {
                throw CommandFailure(message: "请用 --unit 指定\(parsedRole.displayName)的管辖范围（组织编码或名称）。")
            }
            var chosen = password
            if passwordStdin { chosen = readLine(strippingNewline: true) ?? "" }
            let generated = chosen == nil
            let initial = chosen ?? OneTimePassword.generate()
            try await database.withStore(label: "taizhang.user") { store in
                var scope: OrgUnit?
                if let unit {
                    let tree = OrgTree(try await store.orgUnits.all(includeArchived: true))
                    guard let found = tree.lookup(unit) else { throw StoreError.orgUnitCodeNotFound(unit) }
                    scope = found
                }
                let user = try await UserRepository(database: store).create(
                    username: username, displayName: name, password: initial, role: parsedRole,
                    scopeOrgUnitID: scope?.id, mustChangePassword: generated || !permanent, by: .commandLine)
                print(
                    "已新增用户“\(user.username)”（\(user.displayName)，\(user.role.displayName)，管辖范围：\(scope?.name ?? "全部")）。"
                )
                if generated {
                    print("一次性密码：\(initial)")
                    print("请当面或通过安全渠道交给用户；该密码只显示这一次，首次登录须修改。")
                }
            }
        }
    }

    /// `taizhang user reset USERNAME`.
    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset", abstract: "重置密码：生成一次性密码并显示一次，同时解除登录锁定；用户下次登录须修改。")

        @Argument(help: "用户名。")
        var username: String

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore(label: "taizhang.user") { store in
                let password = try await UserRepository(database: store).resetPassword(
                    username: username, by: .commandLine)
                print("已重置用户“\(username)”的密码。一次性密码：\(password)")
                print("该密码只显示这一次，用户下次登录须修改。")
            }
        }
    }

    /// `taizhang user disable USERNAME`.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable", abstract: "停用用户：不能再登录，其接口令牌同时失效；记录保留。")

        @Argument(help: "用户名。")
        var username: String

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore(label: "taizhang.user") { store in
                try await UserRepository(database: store).setDisabled(true, username: username, by: .commandLine)
                print("已停用用户“\(username)”。")
            }
        }
    }

    /// `taizhang user enable USERNAME`.
    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enable", abstract: "重新启用已停用的用户。")

        @Argument(help: "用户名。")
        var username: String

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore(label: "taizhang.user") { store in
                try await UserRepository(database: store).setDisabled(false, username: username, by: .commandLine)
                print("已启用用户“\(username)”。")
            }
        }
    }

    /// `taizhang user list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "列出全部用户。")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore(label: "taizhang.user") { store in
                let users = try await UserRepository(database: store).all()
                let tree = OrgTree(try await store.orgUnits.all(includeArchived: true))
                guard !users.isEmpty else {
                    print("还没有用户。首次启动 taizhang serve 时会创建管理员 admin 并显示一次性密码。")
                    return
                }
                print(["用户名", "显示名", "角色", "管辖范围", "状态"].joined(separator: "\t"))
                let now = Date()
                for user in users {
                    var states: [String] = []
                    if user.isDisabled { states.append("已停用") }
                    if user.throttle.isLocked(at: now) { states.append("登录已锁定") }
                    if user.mustChangePassword { states.append("待修改密码") }
                    let scope = user.scopeOrgUnitID.map { tree.unit(id: $0)?.name ?? "编号\($0)" } ?? "全部"
                    print(
                        [
                            user.username, user.displayName, user.role.displayName, scope,
                            states.isEmpty ? "正常" : states.joined(separator: "，"),
                        ].joined(separator: "\t"))
                }
            }
        }
    }
}
