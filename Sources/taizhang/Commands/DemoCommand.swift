import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore

/// `taizhang demo`: fills a database with the deterministic demo city.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "写入演示数据：1个市、3个区县、6个开发区及其园区，4年月度指标与年度目标。")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "演示数据截止月份，如 2026-10（默认上一个完整月份）。")
    var through: String?

    @Flag(name: .long, help: "只打印演示城市的组织编码和指标编码（JSON，供基准测试脚本使用），不写数据库。")
    var printCodes = false

    func run() async throws {
        if printCodes {
            let json = try DemoCodes(catalogue: IndicatorCatalogue.standard.indicators).jsonData()
            print(String(decoding: json, as: UTF8.self))
            return
        }
        let anchor = try parseMonth(through) ?? lastCompleteMonth()
        try await database.withStore(label: "taizhang.demo") { store in
            let summary = try await DemoLoader.load(into: store, through: anchor)
            print(
                "演示数据已写入 \(store.locationDescription)：\(summary.orgUnits)个组织、\(summary.observations)条指标值、"
                    + "\(summary.targets)条年度目标（\(summary.firstMonth.chineseName)至\(summary.through.chineseName)）"
                    + (summary.projects.map { "、\($0.projects)个项目（\($0.progressEntries)条月度进展、\($0.matters)个问题）" } ?? "")
                    + "。")
        }
    }
}

/// Parses an optional `--through`/`--from` month argument, with a Chinese message when it is not a month.
func parseMonth(_ text: String?) throws -> YearMonth? {
    guard let text else { return nil }
    guard let month = YearMonth.parse(text) else {
        throw ValidationError("“\(text)”不是月份，请写作 2026-10 或 2026年10月。")
    }
    return month
}
