import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangStore

/// `taizhang bench-data`: adds synthetic data to a demo database for the benchmarks (hidden from the help).
struct BenchDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-data", abstract: "为基准测试向数据库添加合成数据。", shouldDisplay: false,
        subcommands: [BenchDataProjectsCommand.self])
}

/// `taizhang bench-data projects`: N synthetic projects × M months of progress, spread over the database's zones
/// and parks (`SyntheticProjects`), written in chunks through the store's seeding path.
struct BenchDataProjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects", abstract: "添加合成项目（含年度计划、阶段历史、月度进展和问题），供督查通报基准测试使用。")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "项目数。")
    var projects = 50_000

    @Option(name: .long, help: "月度进展的月数（截止月份及之前）。")
    var months = 36

    @Option(name: .long, help: "最后一个有进展的月份，如 2026-10（默认上一个完整月份）。")
    var through: String?

    @Option(name: .long, help: "随机种子（相同种子生成相同数据）。")
    var seed: UInt64 = SyntheticProjects.defaultSeed

    @Option(name: .long, help: "每个事务写入的项目数。")
    var chunk = 2_000

    func run() async throws {
        let anchor = try parseMonth(through) ?? lastCompleteMonth()
        let count = projects
        try await database.withStore(label: "taizhang.bench-data") { store in
            let tree = OrgTree(try await store.orgUnits.all(includeArchived: true))
            let ledger = try SyntheticProjects(count: count, months: months, through: anchor, tree: tree, seed: seed)
            let clock = ContinuousClock()
            let start = clock.now
            let summary = try await ledger.load(into: store, chunkSize: chunk) { written in
                if written % 10_000 == 0 || written == count {
                    FileHandle.standardError.write(Data("已写入\(written)/\(count)个项目\n".utf8))
                }
            }
            let seconds = (clock.now - start).components.seconds
            print(
                "已向 \(store.locationDescription) 添加\(summary.projects)个合成项目、\(summary.progressEntries)条月度进展、"
                    + "\(summary.stageChanges)条阶段变更、\(summary.matters)个问题（截至\(anchor.chineseName)，用时约\(seconds)秒）。")
        }
    }
}
