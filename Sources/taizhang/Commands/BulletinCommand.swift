import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangWeb

/// `taizhang bulletin`: the month's bulletin (督查通报) of the city or one unit, as text, JSON or .xlsx, computed
/// by the same service as the bulletin page; `--repeat` times the whole computation for the benchmark.
struct BulletinCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "输出某月重点项目建设督查通报（园区排名、项目排名、滞后项目、逾期问题和四率）。")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "通报月份，如 2026-10（默认上一个完整月份）。")
    var month: String?

    @Option(name: .long, help: "组织编码或名称（含其下级）；默认全市。")
    var unit: String?

    @Flag(name: .long, help: "以 JSON 输出全部数字（金额为精确值，比率四舍五入到2位小数）。")
    var json = false

    @Option(name: .long, help: "另存为 .xlsx 文件（与通报页面下载的文件相同）。")
    var xlsx: String?

    @Option(name: .customLong("repeat"), help: "把整个计算（读库、统计、通报）重复N次，在标准错误输出耗时的最短、中位和最长值。")
    var repetitions = 1

    @Flag(name: .long, help: .hidden)
    var phases = false

    /// Times the bulletin alone (the .xlsx download's path, without histories and statistics) instead.
    @Flag(name: .customLong("bulletin-only"), help: .hidden)
    var bulletinOnly = false

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat 应为正整数。") }
    }

    func run() async throws {
        let chosen = try parseMonth(month) ?? lastCompleteMonth()
        let report = try await database.withStore(label: "taizhang.bulletin") { store in
            let facade = ProjectBulletinFacade(database: store)
            let clock = ContinuousClock()
            var report: ProjectBulletinReport?
            var times: [Duration] = []
            var bulletinAlone: ProjectBulletin?
            for _ in 0..<repetitions {
                // The previous result is freed before the clock starts: the time is that of getting the result.
                report = nil
                bulletinAlone = nil
                let start = clock.now
                if bulletinOnly {
                    bulletinAlone = try await facade.bulletinOnly(unit: unit, month: chosen)
                } else {
                    report = try await facade.report(unit: unit, month: chosen)
                }
                times.append(clock.now - start)
            }
            _ = bulletinAlone
            if repetitions > 1 || phases {
                let what = bulletinOnly ? "读库+通报，不含统计" : "读库+统计+通报"
                printToStandardError("计算\(repetitions)次（\(what)）：\(Self.spread(times))")
            }
            if report == nil { report = try await facade.report(unit: unit, month: chosen) }
            if phases {
                var timings: [ProjectBulletinTimings] = []
                for _ in 0..<repetitions { timings.append(try await facade.timedReport(unit: unit, month: chosen).1) }
                printToStandardError("  其中读库：\(Self.spread(timings.map(\.reading)))")
                printToStandardError("  其中通报：\(Self.spread(timings.map(\.bulletin)))")
                printToStandardError("  其中统计：\(Self.spread(timings.map(\.statistics)))")
            }
            if let xlsx, let report {
                do {
                    try facade.workbook(report).write(to: URL(fileURLWithPath: xlsx))
                } catch {
                    throw CommandFailure(message: "无法写入文件“\(xlsx)”：\(error.localizedDescription)")
                }
            }
            return report!
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(BulletinJSON(report))
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            print(BulletinText(report).render())
        }
        if let xlsx { printToStandardError("已写入 \(xlsx)。") }
    }

    /// "最短 12.3 毫秒，中位 13.0 毫秒，最长 15.2 毫秒".
    static func spread(_ times: [Duration]) -> String {
        let ms = times.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 }.sorted()
        func show(_ value: Double) -> String { String(format: "%.1f", value) }
        return "最短 \(show(ms.first!)) 毫秒，中位 \(show(ms[(ms.count - 1) / 2])) 毫秒，最长 \(show(ms.last!)) 毫秒"
    }
}

private func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The bulletin in JSON for scripts (the benchmark's peer checks its figures against it): amounts exact, rates
/// and 百分点 rounded half-up to two places, nil as null.
private struct BulletinJSON: Encodable {
    struct Figures: Encodable {
        let annualPlan: String
        let yearCompleted: String
        let monthCompleted: String
        let completionRate: String?
        let gap: String?

        init(_ f: BulletinFigures) {
            annualPlan = f.annualPlan.plainString
            yearCompleted = f.yearCompleted.plainString
            monthCompleted = f.monthCompleted.plainString
            completionRate = rate(f.completionRate)
            gap = rate(f.gap)
        }
    }
    struct Zone: Encodable {
        let zoneID: Int64
        let zoneName: String
        let figures: Figures
        let projectCount: Int
        let reportedCount: Int
        let rank: Int?
    }
    struct ProjectRow: Encodable {
        let code: String
        let name: String
        let zoneName: String?
        let figures: Figures
        let reported: Bool
        let rank: Int?
    }
    struct Lagging: Encodable {
        let code: String
        let gap: String?
        let behindSchedule: Bool
        let notStartedSince: String?
    }
    struct Overdue: Encodable {
        let id: Int64?
        let projectName: String?
        let zoneName: String?
        let kind: String
        let ownerUnit: String
        let deadline: String?
        let daysOverdue: Int
    }
    struct Rate: Encodable {
        let base: String
        let achieved: String
        let rate: String?
    }
    struct Summary: Encodable {
        let projectCount: Int
        let signedCount: Int
        let signedValue: String
        let signedAndStartedSameYearCount: Int
        let stages: [String: Int]
        let annualPlan: String
        let yearCompleted: String
        let monthCompleted: String
        let startRate: Rate
        let investmentCompletionRate: String?
        let fundsInPlaceRate: Rate
        let onTimeCompletionRate: Rate
        let mattersSolved: Int
        let mattersOpen: Int
        let mattersOverdue: Int

        init(_ s: ProjectSummary) {
            projectCount = s.projectCount
            signedCount = s.signedCount
            signedValue = s.signedValue.plainString
            signedAndStartedSameYearCount = s.signedAndStartedSameYearCount
            stages = [
                "started": s.stages.started, "continuing": s.stages.continuing, "completed": s.stages.completed,
                "preparing": s.stages.preparing, "withdrawn": s.stages.withdrawn,
            ]
            annualPlan = s.annualPlan.plainString
            yearCompleted = s.yearCompleted.plainString
            monthCompleted = s.monthCompleted.plainString
            startRate = Rate(
                base: String(s.startRate.base), achieved: String(s.startRate.achieved), rate: rate(s.startRate.rate))
            investmentCompletionRate = rate(s.investmentCompletionRate)
            fundsInPlaceRate = Rate(
                base: s.fundsInPlaceRate.base.plainString, achieved: s.fundsInPlaceRate.achieved.plainString,
                rate: rate(s.fundsInPlaceRate.rate))
            onTimeCompletionRate = Rate(
                base: String(s.onTimeCompletionRate.base), achieved: String(s.onTimeCompletionRate.achieved),
                rate: rate(s.onTimeCompletionRate.rate))
            mattersSolved = s.mattersSolved
            mattersOpen = s.mattersOpen
            mattersOverdue = s.mattersOverdue
        }
    }
    struct Group: Encodable {
        let name: String
        let summary: Summary
    }

    let unitCode: String
    let unitName: String
    let month: String
    let title: String
    let timeElapsed: String
    let total: Figures
    let projectCount: Int
    let reportedCount: Int
    let zones: [Zone]
    let projects: [ProjectRow]
    let laggingProjects: [Lagging]
    let overdueMatters: [Overdue]
    let summary: Summary
    let byLevel: [Group]
    let byIndustryChain: [Group]
    let byZone: [Group]

    init(_ report: ProjectBulletinReport) {
        let b = report.bulletin
        unitCode = report.unit.code
        unitName = report.unit.name
        month = report.month.description
        title = report.title
        timeElapsed = rate(b.timeElapsed)!
        total = Figures(b.total.figures)
        projectCount = b.total.projectCount
        reportedCount = b.total.reportedCount
        zones = b.zones.map {
            Zone(
                zoneID: $0.zoneID, zoneName: $0.zoneName, figures: Figures($0.figures), projectCount: $0.projectCount,
                reportedCount: $0.reportedCount, rank: $0.rank)
        }
        projects = b.projects.map {
            ProjectRow(
                code: $0.project.code, name: $0.project.name, zoneName: $0.zoneName, figures: Figures($0.figures),
                reported: $0.reported, rank: $0.rank)
        }
        laggingProjects = b.laggingProjects.map { lagging in
            var behind = false
            var since: String?
            for reason in lagging.reasons {
                switch reason {
                case .behindSchedule: behind = true
                case .notStarted(let plannedStart): since = plannedStart.description
                }
            }
            return Lagging(
                code: lagging.row.project.code, gap: rate(lagging.row.figures.gap), behindSchedule: behind,
                notStartedSince: since)
        }
        overdueMatters = b.overdueMatters.map {
            Overdue(
                id: $0.matter.id, projectName: $0.projectName, zoneName: $0.zoneName, kind: $0.matter.kind.displayName,
                ownerUnit: $0.matter.ownerUnit, deadline: $0.matter.deadline?.description, daysOverdue: $0.daysOverdue)
        }
        summary = Summary(report.summary)
        byLevel = report.byLevel.map { Group(name: $0.name, summary: Summary($0.summary)) }
        byIndustryChain = report.byIndustryChain.map { Group(name: $0.name, summary: Summary($0.summary)) }
        byZone = report.byZone.map { Group(name: $0.name, summary: Summary($0.summary)) }
    }
}

/// A rate or 百分点 rounded half-up to two places ("76.54"); nil stays nil.
private func rate(_ value: Decimal?) -> String? {
    value.map { FigureFormatter().number($0, decimals: 2) }
}

/// The bulletin as a short Chinese text: the headline figures, the four rates, the zone ranking, the first and
/// last projects, and the first lagging projects and overdue problems.
private struct BulletinText {
    let report: ProjectBulletinReport
    let format = FigureFormatter.table
    static let listed = 10

    init(_ report: ProjectBulletinReport) { self.report = report }

    func render() -> String {
        let b = report.bulletin
        let s = report.summary
        let period = "\(report.month.month == 1 ? "1" : "1—\(report.month.month)")月"
        var lines = [report.title, ""]
        lines.append(
            "时序进度\(format.percent(b.timeElapsed))。参加通报项目\(b.total.projectCount)个，本月已报送\(b.total.reportedCount)个。")
        let total = b.total.figures
        lines.append(
            "年度计划投资\(amount(total.annualPlan))万元，\(period)完成\(amount(total.yearCompleted))万元，"
                + "\(format.scheduleProgressPhrase(total))；\(report.month.month)月完成\(amount(total.monthCompleted))万元。")
        let onTime = s.onTimeCompletionRate
        lines.append(
            "四率：开工率\(percent(s.startRate.rate))（\(s.startRate.achieved)/\(s.startRate.base)）；"
                + "投资完成率\(percent(s.investmentCompletionRate))；资金到位率\(percent(s.fundsInPlaceRate.rate))；"
                + "按期竣工率\(percent(onTime.rate))（\(onTime.achieved)/\(onTime.base)）。")
        lines.append(
            "签约项目\(s.signedCount)个，签约金额\(amount(s.signedValue))万元；新开工\(s.stages.started)个，续建\(s.stages.continuing)个，"
                + "竣工\(s.stages.completed)个，前期\(s.stages.preparing)个，调整退出\(s.stages.withdrawn)个。")
        lines.append("问题：本期解决\(s.mattersSolved)个，未解决\(s.mattersOpen)个，其中逾期\(s.mattersOverdue)个。")

        lines += ["", "一、开发区排名（万元）"]
        lines.append(row(["名次", "开发区", "年度计划", "\(period)完成", "完成率", "与时序进度", "已报/项目"]))
        for zone in b.zones {
            lines.append(
                row([
                    zone.rank.map(String.init) ?? "—", zone.zoneName, amount(zone.figures.annualPlan),
                    amount(zone.figures.yearCompleted), percent(zone.figures.completionRate), points(zone.figures.gap),
                    "\(zone.reportedCount)/\(zone.projectCount)",
                ]))
        }

        lines += ["", "二、项目排名（共\(b.projects.count)个有年度计划的项目，列前\(Self.listed)名和后\(Self.listed)名）"]
        let shown =
            b.projects.count <= 2 * Self.listed
            ? b.projects : Array(b.projects.prefix(Self.listed)) + Array(b.projects.suffix(Self.listed))
        for (index, project) in shown.enumerated() {
            if index == Self.listed, b.projects.count > 2 * Self.listed { lines.append("……") }
            lines.append(
                "\(project.rank.map(String.init) ?? "—")．\(project.project.name)（\(project.project.code)，"
                    + "\(project.zoneName ?? "未归属开发区")）：\(format.scheduleProgressPhrase(project.figures))")
        }

        lines += ["", "三、滞后项目\(b.laggingProjects.count)个（列前\(Self.listed)个）"]
        for lagging in b.laggingProjects.prefix(Self.listed) {
            let reasons = lagging.reasons.map { reason in
                switch reason {
                case .behindSchedule(let gap): "落后时序进度" + format.percentagePoints(-gap)
                case .notStarted(let plannedStart): "计划\(plannedStart.chineseDescription)开工，尚未开工"
                }
            }
            lines.append("\(lagging.row.project.name)（\(lagging.row.project.code)）：\(reasons.joined(separator: "；"))")
        }

        lines += ["", "四、逾期未解决问题\(b.overdueMatters.count)个（列前\(Self.listed)个）"]
        for overdue in b.overdueMatters.prefix(Self.listed) {
            lines.append(
                "\(overdue.projectName ?? "—")：\(overdue.matter.description)（责任单位\(overdue.matter.ownerUnit)，"
                    + "逾期\(overdue.daysOverdue)天）")
        }
        return lines.joined(separator: "\n")
    }

    private func amount(_ value: Decimal) -> String { format.number(value, decimals: 2) }
    private func percent(_ value: Decimal?) -> String { value.map(format.percent) ?? "—" }
    private func points(_ value: Decimal?) -> String { value.map { format.number($0, decimals: 1) } ?? "—" }

    /// Columns padded to a fixed display width (a Chinese character takes two columns).
    private func row(_ cells: [String]) -> String {
        let widths = [4, 26, 16, 16, 8, 10, 12]
        return zip(cells, widths).map { cell, width in
            let used = cell.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E7F ? 2 : 1) }
            return cell + String(repeating: " ", count: max(1, width - used))
        }.joined().trimmingCharacters(in: .whitespaces)
    }
}
