import Foundation
import Hummingbird
import TaizhangCore

/// GET /projects/statistics?month&unit&by=level|chain|zone — the project statistics of a unit's subtree for
/// 1—M月, and GET /bulletin?month&unit — the month's bulletin (督查通报), both as JSON.
struct ProjectsStatisticsAPI {
    let services: WebServices

    var service: BulletinService { services.projects.bulletin }

    func register(on api: APIRouter) {
        api.on(.get, "/projects/statistics") { request, context in
            let (unit, month, tree) = try await scope(request)
            var groupings: [ProjectStatisticsGrouping] = []
            if let text = request.query("by") {
                for part in text.split(separator: ",") {
                    guard let grouping = ProjectStatisticsGrouping(rawValue: String(part)) else {
                        throw APIError.badRequest("参数 by“\(part)”无法识别，可填 level、chain 或 zone。")
                    }
                    groupings.append(grouping)
                }
            }
            let report = try await service.statistics(unit: unit, month: month, tree: tree, groupings: groupings)
            return try JSONResponse.make(ProjectsStatisticsBodies.Report(report))
        }
        api.on(.get, "/bulletin") { request, context in
            let (unit, month, tree) = try await scope(request)
            let bulletin = try await service.bulletin(unit: unit, month: month, tree: tree)
            return try JSONResponse.make(ProjectsStatisticsBodies.Bulletin(bulletin, orgUnitID: unit.id))
        }
    }

    /// The unit (default: the first top-level unit, for an unscoped user) and the month of a request.
    private func scope(_ request: Request) async throws -> (OrgUnit, YearMonth, OrgTree) {
        let tree = try await services.orgUnits.tree()
        let unit: OrgUnit
        if let text = request.query("unit") {
            unit = try services.orgUnits.unit(text, in: tree)
        } else if let root = tree.roots.first {
            unit = root
        } else {
            throw ServiceError.noUnits
        }
        return (unit, try APIParameters.month(request.query("month")), tree)
    }
}

/// The JSON shapes of the statistics and the bulletin; amounts and rates are exact decimal strings, rates in %
/// and unrounded (null when their base is zero).
enum ProjectsStatisticsBodies {
    struct CountRate: Encodable {
        let base: Int
        let achieved: Int
        @ExactDecimal var rate: Decimal?

        init(_ rate: TaizhangCore.CountRate) {
            base = rate.base
            achieved = rate.achieved
            self.rate = rate.rate
        }
    }

    struct Threshold: Encodable {
        @ExactDecimal var threshold: Decimal?
        let count: Int
        @ExactDecimal var value: Decimal?
    }

    struct Summary: Encodable {
        let asOf: String
        let projectCount: Int
        let signedCount: Int
        @ExactDecimal var signedValue: Decimal?
        let signedAbove: [Threshold]
        let signedAndStartedSameYearCount: Int
        @ExactDecimal var yearFundsInPlace: Decimal?
        let stages: [String: Int]
        @ExactDecimal var annualPlan: Decimal?
        @ExactDecimal var yearCompleted: Decimal?
        @ExactDecimal var monthCompleted: Decimal?
        let startRate: CountRate
        @ExactDecimal var investmentCompletionRate: Decimal?
        @ExactDecimal var fundsInPlaceRate: Decimal?
        @ExactDecimal var fundsInPlaceBase: Decimal?
        @ExactDecimal var fundsInPlaceAchieved: Decimal?
        let onTimeCompletionRate: CountRate
        let mattersSolved: Int
        let mattersOpen: Int
        let mattersOverdue: Int

        init(_ s: ProjectSummary) {
            asOf = s.asOf.description
            projectCount = s.projectCount
            signedCount = s.signedCount
            signedValue = s.signedValue
            signedAbove = s.signedAbove.map { Threshold(threshold: $0.threshold, count: $0.count, value: $0.value) }
            signedAndStartedSameYearCount = s.signedAndStartedSameYearCount
            yearFundsInPlace = s.yearFundsInPlace
            stages = [
                "started": s.stages.started, "continuing": s.stages.continuing, "completed": s.stages.completed,
                "preparing": s.stages.preparing, "withdrawn": s.stages.withdrawn,
            ]
            annualPlan = s.annualPlan
            yearCompleted = s.yearCompleted
            monthCompleted = s.monthCompleted
            startRate = CountRate(s.startRate)
            investmentCompletionRate = s.investmentCompletionRate
            fundsInPlaceRate = s.fundsInPlaceRate.rate
            fundsInPlaceBase = s.fundsInPlaceRate.base
            fundsInPlaceAchieved = s.fundsInPlaceRate.achieved
            onTimeCompletionRate = CountRate(s.onTimeCompletionRate)
            mattersSolved = s.mattersSolved
            mattersOpen = s.mattersOpen
            mattersOverdue = s.mattersOverdue
        }
    }

    struct Group: Encodable {
        let key: String
        let name: String
        let summary: Summary
    }

    struct Report: Encodable {
        let orgUnitID: Int64
        let month: String
        let summary: Summary
        let groups: [String: [Group]]

        init(_ report: ProjectStatisticsReport) {
            orgUnitID = report.unit.id
            month = report.month.description
            summary = Summary(report.summary)
            var groups: [String: [Group]] = [:]
            for (grouping, rows) in report.groups {
                groups[grouping.rawValue] = rows.map { row in
                    let key: String =
                        switch row.key {
                        case .level(let level): level.rawValue
                        case .industryChain(let chain): chain ?? ""
                        case .orgUnit(let id): String(id)
                        }
                    return Group(key: key, name: row.name, summary: Summary(row.summary))
                }
            }
            self.groups = groups
        }
    }

    struct Figures: Encodable {
        @ExactDecimal var annualPlan: Decimal?
        @ExactDecimal var yearCompleted: Decimal?
        @ExactDecimal var monthCompleted: Decimal?
        @ExactDecimal var completionRate: Decimal?
        /// Completion rate minus time elapsed, in 百分点.
        @ExactDecimal var gap: Decimal?

        init(_ f: BulletinFigures) {
            annualPlan = f.annualPlan
            yearCompleted = f.yearCompleted
            monthCompleted = f.monthCompleted
            completionRate = f.completionRate
            gap = f.gap
        }
    }

    struct ZoneRow: Encodable {
        let rank: Int?
        let orgUnitID: Int64
        let name: String
        let projectCount: Int
        let reportedCount: Int
        let figures: Figures
    }

    struct ProjectRow: Encodable {
        let rank: Int?
        let projectID: Int64
        let code: String
        let name: String
        let zoneID: Int64?
        let zoneName: String?
        let reported: Bool
        let figures: Figures

        init(_ row: BulletinProjectRow) {
            rank = row.rank
            projectID = row.project.id ?? 0
            code = row.project.code
            name = row.project.name
            zoneID = row.zoneID
            zoneName = row.zoneName
            reported = row.reported
            figures = Figures(row.figures)
        }
    }

    struct Lagging: Encodable {
        let project: ProjectRow
        let reasons: [String]
    }

    struct Overdue: Encodable {
        let matterID: Int64
        let projectName: String?
        let zoneName: String?
        let kind: String
        let description: String
        let ownerUnit: String
        let deadline: String?
        let daysOverdue: Int
    }

    struct Bulletin: Encodable {
        let orgUnitID: Int64
        let month: String
        @ExactDecimal var timeElapsed: Decimal?
        let projectCount: Int
        let reportedCount: Int
        let total: Figures
        let zones: [ZoneRow]
        let projects: [ProjectRow]
        let laggingProjects: [Lagging]
        let overdueMatters: [Overdue]

        init(_ b: ProjectBulletin, orgUnitID: Int64) {
            let f = FigureFormatter()
            self.orgUnitID = orgUnitID
            month = b.month.description
            timeElapsed = b.timeElapsed
            projectCount = b.total.projectCount
            reportedCount = b.total.reportedCount
            total = Figures(b.total.figures)
            zones = b.zones.map {
                ZoneRow(
                    rank: $0.rank, orgUnitID: $0.zoneID, name: $0.zoneName, projectCount: $0.projectCount,
                    reportedCount: $0.reportedCount, figures: Figures($0.figures))
            }
            projects = b.projects.map(ProjectRow.init)
            laggingProjects = b.laggingProjects.map { item in
                Lagging(
                    project: ProjectRow(item.row),
                    reasons: item.reasons.map { reason in
                        switch reason {
                        case .behindSchedule(let gap): "落后时序进度" + f.percentagePoints(-gap)
                        case .notStarted(let start): "计划\(start.chineseDescription)开工，尚未开工"
                        }
                    })
            }
            overdueMatters = b.overdueMatters.map { item in
                Overdue(
                    matterID: item.matter.id ?? 0, projectName: item.projectName, zoneName: item.zoneName,
                    kind: item.matter.kind.rawValue, description: item.matter.description,
                    ownerUnit: item.matter.ownerUnit, deadline: item.matter.deadline?.description,
                    daysOverdue: item.daysOverdue)
            }
        }
    }
}
