import Foundation
import TaizhangCore

/// GET /bulletin: the month's bulletin (督查通报) — time elapsed, the zones' and projects' ranking by completion
/// of the annual plan against time, lagging projects, overdue problems, the four rates and the statistics by
/// level, industry chain and zone.
struct BulletinPageView {
    let layout: LayoutView
    let projectNav: ProjectNavView
    let title: String
    let lead: String
    let xlsxHref: String?
    let headline: [ProjectFactView]
    let rates: [ProjectFactView]
    let signing: [ProjectFactView]
    let zones: [BulletinZoneRowView]
    let hasZones: Bool
    let projects: [BulletinProjectRowView]
    let hasProjects: Bool
    let projectsNote: String?
    let lagging: [BulletinLaggingRowView]
    let hasLagging: Bool
    let overdue: [BulletinOverdueRowView]
    let hasOverdue: Bool
    let breakdowns: [BulletinBreakdownView]
    let lagRule: String
}

/// One zone of the ranking.
struct BulletinZoneRowView {
    let rank: String
    let name: String
    let href: String
    let projectCount: Int
    let reportedCount: Int
    let plan: String
    let yearCompleted: String
    let monthCompleted: String
    let rate: String
    let gap: String
    let gapClass: String
    let phrase: String
}

/// One project of the ranking.
struct BulletinProjectRowView {
    let rank: String
    let name: String
    let href: String
    let zone: String
    let plan: String
    let yearCompleted: String
    let monthCompleted: String
    let rate: String
    let gap: String
    let gapClass: String
    let reported: Bool
}

/// A lagging project and why.
struct BulletinLaggingRowView {
    let name: String
    let href: String
    let zone: String
    let leaders: String
    let reasons: String
}

/// An overdue problem.
struct BulletinOverdueRowView {
    let project: String
    let zone: String
    let kind: String
    let description: String
    let ownerUnit: String
    let deadline: String
    let days: String
}

/// One breakdown table (按级别、按产业链、按开发区).
struct BulletinBreakdownView {
    let title: String
    let rows: [BulletinBreakdownRowView]
    let hasRows: Bool
}

/// One group of a breakdown.
struct BulletinBreakdownRowView {
    let name: String
    let projectCount: Int
    let signed: String
    let plan: String
    let yearCompleted: String
    let completionRate: String
    let startRate: String
    let fundsRate: String
    let onTimeRate: String
    let matters: String
}

extension BulletinPageView {
    static let projectLimit = 100

    init(
        layout: LayoutView, nav: ProjectNavView, unit: OrgUnit, bulletin: ProjectBulletin,
        report: ProjectStatisticsReport, xlsxHref: String?
    ) {
        let f = ProjectFormat.formatter
        let month = bulletin.month
        let period = month.month == 1 ? "\(month.year)年1月" : "\(month.year)年1—\(month.month)月"
        self.layout = layout
        projectNav = nav
        title = "\(unit.name)重点项目推进情况督查通报（\(month.chineseName)）"
        let total = bulletin.total
        lead =
            "\(period)，全\(Self.scopeWord(unit))纳入调度的项目\(total.projectCount)个，本月已报\(total.reportedCount)个；"
            + "年度计划投资\(ProjectFormat.amount(total.figures.annualPlan))万元，累计完成\(ProjectFormat.amount(total.figures.yearCompleted))万元，"
            + f.scheduleProgressPhrase(total.figures) + "。"
        self.xlsxHref = xlsxHref
        let summary = report.summary
        headline = [
            ProjectFactView(label: "时序进度", value: f.percent(bulletin.timeElapsed)),
            ProjectFactView(label: "年度计划投资", value: ProjectFormat.amount(total.figures.annualPlan) + "万元"),
            ProjectFactView(label: "\(period)完成投资", value: ProjectFormat.amount(total.figures.yearCompleted) + "万元"),
            ProjectFactView(label: "本月完成投资", value: ProjectFormat.amount(total.figures.monthCompleted) + "万元"),
            ProjectFactView(label: "投资完成率", value: ProjectFormat.percent(total.figures.completionRate)),
            ProjectFactView(label: "已报项目", value: "\(total.reportedCount)／\(total.projectCount)个"),
        ]
        func countRate(_ rate: CountRate) -> String {
            rate.base == 0 ? "—" : "\(ProjectFormat.percent(rate.rate))（\(rate.achieved)/\(rate.base)个）"
        }
        rates = [
            ProjectFactView(label: "开工率", value: countRate(summary.startRate)),
            ProjectFactView(label: "投资完成率", value: ProjectFormat.percent(summary.investmentCompletionRate)),
            ProjectFactView(label: "资金到位率", value: ProjectFormat.percent(summary.fundsInPlaceRate.rate)),
            ProjectFactView(label: "按期竣工率", value: countRate(summary.onTimeCompletionRate)),
        ]
        var signing = [
            ProjectFactView(
                label: "签约项目", value: "\(summary.signedCount)个，签约金额\(ProjectFormat.amount(summary.signedValue))万元"),
        ]
        for tally in summary.signedAbove {
            signing.append(
                ProjectFactView(
                    label: "其中\(Self.threshold(tally.threshold))以上",
                    value: "\(tally.count)个，\(ProjectFormat.amount(tally.value))万元"))
        }
        signing += [
            ProjectFactView(label: "当年签约当年开工", value: "\(summary.signedAndStartedSameYearCount)个"),
            ProjectFactView(label: "实际利用内资", value: ProjectFormat.amount(summary.yearFundsInPlace) + "万元"),
            ProjectFactView(
                label: "项目阶段",
                value: "新开工\(summary.stages.started)个、续建\(summary.stages.continuing)个、竣工\(summary.stages.completed)个、"
                    + "前期\(summary.stages.preparing)个、调整退出\(summary.stages.withdrawn)个"),
            ProjectFactView(
                label: "协调解决问题",
                value: "\(summary.mattersSolved)个；未解决\(summary.mattersOpen)个，其中逾期\(summary.mattersOverdue)个"),
        ]
        self.signing = signing

        func gapText(_ gap: Decimal?) -> (String, String) {
            guard let gap else { return ("—", "") }
            let rounded = gap.roundedHalfUp(scale: f.percentDecimals)
            return (
                (rounded > 0 ? "+" : "") + f.number(gap, decimals: f.percentDecimals),
                rounded < 0 ? "behind" : (rounded > 0 ? "ahead" : "")
            )
        }
        zones = bulletin.zones.map { row in
            let (gap, gapClass) = gapText(row.figures.gap)
            return BulletinZoneRowView(
                rank: row.rank.map(String.init) ?? "—", name: row.zoneName,
                href: "/dispatch?unit=\(row.zoneID)&month=\(month.description)", projectCount: row.projectCount,
                reportedCount: row.reportedCount, plan: ProjectFormat.amount(row.figures.annualPlan),
                yearCompleted: ProjectFormat.amount(row.figures.yearCompleted),
                monthCompleted: ProjectFormat.amount(row.figures.monthCompleted),
                rate: ProjectFormat.percent(row.figures.completionRate), gap: gap, gapClass: gapClass,
                phrase: f.scheduleProgressPhrase(row.figures))
        }
        hasZones = !zones.isEmpty
        projects = bulletin.projects.prefix(Self.projectLimit).map { row in
            let (gap, gapClass) = gapText(row.figures.gap)
            return BulletinProjectRowView(
                rank: row.rank.map(String.init) ?? "—", name: row.project.name, href: "/projects/\(row.project.id ?? 0)",
                zone: row.zoneName ?? "—", plan: ProjectFormat.amount(row.figures.annualPlan),
                yearCompleted: ProjectFormat.amount(row.figures.yearCompleted),
                monthCompleted: row.reported ? ProjectFormat.amount(row.figures.monthCompleted) : "未报",
                rate: ProjectFormat.percent(row.figures.completionRate), gap: gap, gapClass: gapClass,
                reported: row.reported)
        }
        hasProjects = !projects.isEmpty
        projectsNote =
            bulletin.projects.count > Self.projectLimit
            ? "共\(bulletin.projects.count)个有年度计划的项目，此处列出前\(Self.projectLimit)名；完整排名见 .xlsx。" : nil
        lagging = bulletin.laggingProjects.map { item in
            BulletinLaggingRowView(
                name: item.row.project.name, href: "/projects/\(item.row.project.id ?? 0)",
                zone: item.row.zoneName ?? "—", leaders: item.row.project.liaisonLeaders.joined(separator: "、"),
                reasons: item.reasons.map { reason in
                    switch reason {
                    case .behindSchedule(let gap): "落后时序进度" + f.percentagePoints(-gap)
                    case .notStarted(let plannedStart): "计划\(plannedStart.chineseDescription)开工，尚未开工"
                    }
                }.joined(separator: "；"))
        }
        hasLagging = !lagging.isEmpty
        overdue = bulletin.overdueMatters.map { item in
            BulletinOverdueRowView(
                project: item.projectName ?? "—", zone: item.zoneName ?? "—", kind: item.matter.kind.displayName,
                description: item.matter.description, ownerUnit: item.matter.ownerUnit,
                deadline: item.matter.deadline?.description ?? "—", days: "\(item.daysOverdue)天")
        }
        hasOverdue = !overdue.isEmpty
        breakdowns = ProjectStatisticsGrouping.allCases.map { grouping in
            let rows = (report.groups[grouping] ?? []).map { group in
                let s = group.summary
                return BulletinBreakdownRowView(
                    name: group.name, projectCount: s.projectCount,
                    signed: "\(s.signedCount)个／\(ProjectFormat.amount(s.signedValue))",
                    plan: ProjectFormat.amount(s.annualPlan), yearCompleted: ProjectFormat.amount(s.yearCompleted),
                    completionRate: ProjectFormat.percent(s.investmentCompletionRate),
                    startRate: ProjectFormat.percent(s.startRate.rate), fundsRate: ProjectFormat.percent(s.fundsInPlaceRate.rate),
                    onTimeRate: ProjectFormat.percent(s.onTimeCompletionRate.rate),
                    matters: "\(s.mattersSolved)／\(s.mattersOpen)")
            }
            return BulletinBreakdownView(title: grouping.displayName, rows: rows, hasRows: !rows.isEmpty)
        }
        lagRule =
            "滞后项目：落后时序进度\(f.number(bulletin.options.lagPercentagePoints, decimals: 0))个百分点及以上，或已过计划开工日期仍未开工。"
    }

    /// 全市 / 全区 / 全县: how a bulletin of this unit speaks of its field.
    static func scopeWord(_ unit: OrgUnit) -> String {
        switch unit.kind {
        case .city: "市"
        case .district: "区"
        case .zone, .park: "区"
        }
    }

    /// 1亿元 for 10000 (万元).
    static func threshold(_ value: Decimal) -> String {
        value >= 10_000 && (value / 10_000).roundedHalfUp(scale: 0) == value / 10_000
            ? "\((value / 10_000).plainString)亿元" : "\(value.plainString)万元"
    }
}
