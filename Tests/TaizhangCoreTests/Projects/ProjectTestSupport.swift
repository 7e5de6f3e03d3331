import Foundation
import TaizhangCore

/// A calendar day from `yyyy-mm-dd` (tests only).
func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

/// A project with the fields the statistics read; everything else defaulted.
func project(
    _ id: Int64, _ name: String, unit: Int64 = 11, stage: ProjectStage = .signed, levels: Set<ProjectLevel> = [],
    chain: String? = nil, contract: Decimal? = nil, plan2026: Decimal? = nil, signed: String? = nil,
    plannedStart: String? = nil, start: String? = nil, plannedCompletion: String? = nil, completion: String? = nil,
    withdrawn: String? = nil
) -> Project {
    Project(
        id: id, code: String(format: "XM-%02d", id), name: name, orgUnitID: unit, stage: stage,
        industryChain: chain, levels: levels, contractValue: contract,
        annualPlans: plan2026.map { [2026: $0] } ?? [:], signedOn: signed.map(day),
        plannedStart: plannedStart.map(day), actualStart: start.map(day),
        plannedCompletion: plannedCompletion.map(day), actualCompletion: completion.map(day),
        withdrawnOn: withdrawn.map(day), withdrawalReason: withdrawn == nil ? nil : "企业资金链断裂")
}

/// Figures through `month` for one project.
func figures(
    _ id: Int64, through month: YearMonth, month monthValue: Decimal = 0, year: Decimal = 0, funds: Decimal = 0,
    totalFunds: Decimal = 0, reported: Bool = false
) -> ProjectYearToDate {
    ProjectYearToDate(
        projectID: id, through: month, monthCompleted: monthValue, yearCompleted: year, yearFundsInPlace: funds,
        totalCompleted: year, totalFundsInPlace: totalFunds, reportedThisMonth: reported)
}

/// A matter of `projectID` (nil: of the org unit alone).
func matter(
    _ id: Int64, project projectID: Int64?, unit: Int64 = 11, kind: MatterKind = .land, raised: String,
    deadline: String? = nil, resolved: String? = nil
) -> Matter {
    Matter(
        id: id, projectID: projectID, orgUnitID: unit, kind: kind, description: "问题\(id)", ownerUnit: "自然资源局",
        raisedOn: day(raised), deadline: deadline.map(day), status: resolved == nil ? .open : .resolved,
        resolvedOn: resolved.map(day), resolution: resolved == nil ? nil : "已协调解决")
}
