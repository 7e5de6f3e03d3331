import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore
import TaizhangWeb

/// `taizhang export`: writes a unit's observations over a month range as .xlsx in the import layout.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "导出指标数据为 .xlsx（与导入模板格式相同，可直接再导入）。")

    @Argument(help: "输出文件（.xlsx）。")
    var output: String

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "组织编码或名称（含其下级）；默认全部。")
    var unit: String?

    @Option(name: .long, help: "起始月份，如 2026-01。")
    var from: String

    @Option(name: .long, help: "截止月份，如 2026-10。")
    var through: String

    func run() async throws {
        guard let start = try parseMonth(from), let end = try parseMonth(through) else { return }
        guard start <= end else { throw ValidationError("起始月份晚于截止月份。") }
        let data = try await database.withStore(label: "taizhang.export") { store in
            try await LedgerInterchange(database: store).export(unit: unit, from: start, through: end)
        }
        do {
            try data.write(to: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure(message: "无法写入文件“\(output)”：\(error.localizedDescription)")
        }
        print("已导出到 \(output)。")
    }
}
