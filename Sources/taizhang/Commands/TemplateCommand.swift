import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore
import TaizhangWeb

/// `taizhang template`: writes the observations import template (.xlsx) for a month.
struct TemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "生成指标导入模板（.xlsx，含填写说明）。")

    @Argument(help: "输出文件（.xlsx）。")
    var output: String

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "模板月份，如 2026-10（默认上一个完整月份）。")
    var month: String?

    @Option(name: .long, help: "预填的组织编码或名称。")
    var unit: String?

    func run() async throws {
        let chosen = try parseMonth(month) ?? lastCompleteMonth()
        let data = try await database.withStore(label: "taizhang.template") { store in
            try await LedgerInterchange(database: store).template(month: chosen, unit: unit)
        }
        do {
            try data.write(to: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure(message: "无法写入文件“\(output)”：\(error.localizedDescription)")
        }
        print("模板已写入 \(output)。")
    }
}
