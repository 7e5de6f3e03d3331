import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore
import TaizhangWeb

/// `taizhang import`: imports an observations sheet (.xlsx or .csv) atomically, listing every bad row.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入指标数据（.xlsx 或 .csv，UTF-8/GB18030）；任一行有误则全部不导入，并逐行列出问题。")

    @Argument(help: "要导入的文件。")
    var file: String

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "文件中未写月份时使用的月份，如 2026-10。")
    var month: String?

    func run() async throws {
        let (url, data) = try CommandFailure.readInput(file)
        let defaultMonth = try parseMonth(month)
        let result = try await database.withStore(label: "taizhang.import") { store in
            try await LedgerInterchange(database: store).importFile(
                data: data, fileName: url.lastPathComponent, defaultMonth: defaultMonth)
        }

        var source = "文件“\(result.fileName)”"
        if let sheet = result.sheetName { source += "（工作表“\(sheet)”）" }
        if let encoding = result.encodingName { source += "（编码：\(encoding)）" }
        guard result.isImported else {
            var lines = ["\(source)未导入，数据库未作任何改动。发现\(result.problems.count)个问题："]
            lines += result.problems.map { "  - " + Self.describe($0) }
            throw CommandFailure(message: lines.joined(separator: "\n"))
        }
        print("\(source)导入成功：读取\(result.rowCount)行，写入\(result.importedCount)条指标值。")
    }

    /// "第12行 G列（本月值）：“12万”不是数字" — where the problem is, then what it is.
    static func describe(_ problem: APIProblem) -> String {
        var place = ""
        if let row = problem.row { place += "第\(row)行" }
        if let column = problem.column?.split(separator: "（").first {
            place += (place.isEmpty ? "" : " ") + "\(column)列"
            if let header = problem.field { place += "（\(header)）" }
        }
        return place.isEmpty ? problem.message : "\(place)：\(problem.message)"
    }
}
