import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore
import TaizhangWeb

/// `taizhang projects import|export`: the office's project ledger sheet (重点项目推进情况表) in and out, through
/// the same checks as the web page.
struct ProjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects", abstract: "导入、导出项目台账（重点项目推进情况表，17列，金额单位万元）。",
        subcommands: [Import.self, Export.self])

    /// `taizhang projects import FILE [--month 2026-10] [--unit CODE]`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "导入项目台账（.xlsx 或 .csv）：按项目编号新增或更新，同月再次导入只更新不重复；任一行有误则全部不导入，并逐行列出问题。")

        @Argument(help: "要导入的文件。")
        var file: String

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "报表月份，如 2026-10；省略时取文件标题中的月份（如“2026年1—10月”）。")
        var month: String?

        @Option(name: .long, help: "组织编码或名称：文件中没有“所属单位”的项目记入此组织。")
        var unit: String?

        func run() async throws {
            let (url, data) = try CommandFailure.readInput(file)
            let chosen = try parseMonth(month)
            let result = try await database.withStore(label: "taizhang.projects.import") { store in
                try await ProjectLedgerSheets(database: store).importFile(
                    data: data, fileName: url.lastPathComponent, month: chosen, unit: unit)
            }
            var source = "文件“\(result.fileName)”"
            if let sheet = result.sheetName { source += "（工作表“\(sheet)”）" }
            guard result.isImported else {
                var lines = ["\(source)未导入，数据库未作任何改动。发现\(result.problems.count)个问题："]
                lines += result.problems.map { "  - " + ProjectsCommand.describe($0) }
                throw CommandFailure(message: lines.joined(separator: "\n"))
            }
            let period = result.month.flatMap(YearMonth.parse)?.chineseName ?? ""
            var text = "\(source)导入成功（\(period)）：读取\(result.rowCount)行，新增\(result.created)个项目，更新\(result.updated)个"
            if result.unchanged > 0 { text += "，\(result.unchanged)个未变" }
            print(text + "，写入本月进展\(result.progressEntries)条。")
        }
    }

    /// `taizhang projects export --month 2026-10 [--unit CODE] --output FILE`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "导出项目台账为 .xlsx（17列；含下级单位时另加“所属单位”列），可直接再导入。")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "月份，如 2026-10：今年累计和本月数据截至该月。")
        var month: String

        @Option(name: .long, help: "组织编码或名称（含其下级）；默认全市。")
        var unit: String?

        @Option(name: .long, help: "输出文件（.xlsx）。")
        var output: String

        func run() async throws {
            guard let chosen = try parseMonth(month) else { return }
            let export = try await database.withStore(label: "taizhang.projects.export") { store in
                try await ProjectLedgerSheets(database: store).export(unit: unit, month: chosen)
            }
            do {
                try export.data.write(to: URL(fileURLWithPath: output))
            } catch {
                throw CommandFailure(message: "无法写入文件“\(output)”：\(error.localizedDescription)")
            }
            print("已导出\(export.projectCount)个项目到 \(output)。")
        }
    }

    /// “第12行 H列（本月完成投资）：…” for a problem the reader located by letter, “第12行“建设阶段”列：…” for one
    /// the ledger checks located by header.
    static func describe(_ problem: APIProblem) -> String {
        var place = ""
        if let row = problem.row { place += "第\(row)行" }
        if let column = problem.column {
            let parts = column.split(separator: "（", maxSplits: 1)
            let located = parts.count == 2 ? "\(parts[0])列（\(parts[1])" : "“\(column)”列"
            place += (place.isEmpty ? "" : " ") + located
        }
        return place.isEmpty ? problem.message : "\(place)：\(problem.message)"
    }
}
