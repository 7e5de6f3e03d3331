import Foundation
import TaizhangCore
import TaizhangStore

/// The project ledger for pages and the API: listing with filters and sums, creating and editing projects,
/// stage changes through `ProjectLifecycle`, follow-ups and problems (事项). Knows nothing about HTTP; scope
/// checks on a project's org unit are the caller's.
struct ProjectService: Sendable {
    let database: TaizhangDatabase

    var repository: ProjectRepository { database.projects }

    /// The configured industry chains (产业链) and their links.
    func chains() async throws -> [IndustryChain] {
        try await repository.industryChains()
    }

    /// The project with this id, or (for the API) this code.
    func project(_ reference: String) async throws -> Project {
        if let id = Int64(reference), let project = try await repository.find(id: id) { return project }
        if let project = try await repository.find(code: reference) { return project }
        throw ProjectServiceError.projectNotFound(reference)
    }

    func project(id: Int64) async throws -> Project {
        guard let project = try await repository.find(id: id) else {
            throw ProjectServiceError.projectNotFound(String(id))
        }
        return project
    }

    /// The ledger of `query` within `readable` (nil: all units), with the figures of the year through `month`.
    func ledger(
        _ query: ProjectQuery, readable: Set<Int64>?, month: YearMonth, tree: OrgTree
    ) async throws -> ProjectLedger {
        var units: Set<Int64>? = query.unitID.map { tree.subtreeIDs(of: $0) }
        if let readable { units = units.map { $0.intersection(readable) } ?? readable }
        let filter = ProjectFilter(
            orgUnitIDs: units, stages: query.stage.map { [$0] }, level: query.level,
            industryChain: query.industryChain, liaisonLeader: query.liaisonLeader, text: query.text)
        let projects = try await repository.list(filter)
        let ids = projects.compactMap(\.id)
        // A long IN list costs more than reading the month for every project.
        let totals = try await repository.yearToDate(through: month, projectIDs: ids.count <= 2_000 ? ids : nil)
        let zones = ProjectZones(tree: tree)
        let rows = projects.map { project in
            ProjectLedgerRow(
                project: project, unitPath: zones.shortPath(of: project.orgUnitID),
                figures: project.id.flatMap { totals[$0] }, annualPlan: project.annualPlan(for: month.year))
        }
        return ProjectLedger(month: month, rows: rows)
    }

    /// Everything the project page shows.
    func detail(id: Int64, month: YearMonth) async throws -> ProjectDetail {
        let project = try await project(id: id)
        async let history = repository.stageHistory(projectID: id)
        async let followUps = repository.followUps(projectID: id)
        async let progress = repository.progress(projectID: id)
        async let matters = database.matters.list(projectIDs: [id])
        async let totals = repository.yearToDate(through: month, projectIDs: [id])
        return ProjectDetail(
            project: project, month: month, history: try await history, followUps: try await followUps,
            progress: try await progress, matters: try await matters, figures: try await totals[id])
    }

    /// Saves a new project; its first history entry says it entered its stage today (or on the stage's own
    /// date, see `ProjectLifecycle.creation`).
    func create(_ project: Project, user: User?, actor: AuditActor, today: CalendarDate) async throws -> Project {
        let history = ProjectLifecycle.creation(of: project, on: today, by: user?.displayName)
        return try await repository.create(project, history: history, by: actor)
    }

    /// Writes an edited project; its stage and withdrawal stay as stored (they change only by a stage change).
    func update(_ edited: Project, actor: AuditActor) async throws -> Project {
        guard let id = edited.id else { throw ProjectServiceError.projectNotFound("") }
        let stored = try await project(id: id)
        var project = edited
        project.stage = stored.stage
        project.withdrawnOn = stored.withdrawnOn
        project.withdrawalReason = stored.withdrawalReason
        try await repository.update(project, by: actor)
        return try await self.project(id: id)
    }

    /// Moves a project to `stage` with the facts it needs, recorded today by `user`; refuses in Chinese
    /// (`ProjectLifecycleError`) a change the lifecycle does not allow or that lacks a fact.
    func changeStage(
        _ project: Project, to stage: ProjectStage, facts: StageFacts, reason: String?, user: User?,
        actor: AuditActor, today: CalendarDate
    ) async throws -> (project: Project, change: ProjectStageChange) {
        let (updated, change) = try ProjectLifecycle.advance(
            project, to: stage, on: today, facts: facts, reason: reason, by: user?.displayName)
        try await repository.changeStage(updated, change: change, by: actor)
        return (try await self.project(id: project.id ?? 0), change)
    }

    /// Records a visit, negotiation or other contact with the investor.
    func addFollowUp(
        to project: Project, on day: CalendarDate, kind: String, participants: String?, summary: String,
        actor: AuditActor
    ) async throws -> ProjectFollowUp {
        let trimmed = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ProjectServiceError.invalidInput(field: "summary", message: "请填写跟进情况（走访、洽谈的内容）。")
        }
        let kindText = kind.trimmingCharacters(in: .whitespaces)
        let followUp = ProjectFollowUp(
            projectID: project.id ?? 0, on: day, kind: kindText.isEmpty ? "其他" : kindText,
            participants: participants.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 },
            summary: trimmed)
        return try await repository.addFollowUp(followUp, by: actor)
    }
}

/// The project page's content: the record, its stage history, follow-ups, monthly progress and problems.
struct ProjectDetail: Sendable {
    let project: Project
    /// The month the page's figures run through.
    let month: YearMonth
    let history: [ProjectStageChange]
    let followUps: [ProjectFollowUp]
    let progress: [ProjectProgress]
    let matters: [Matter]
    /// Figures through `month`, nil when the project never reported.
    let figures: ProjectYearToDate?

    /// 本月完成投资 of each month of `month`'s year, January through `month`; nil for a month not reported.
    var monthlyCompleted: [Decimal?] {
        let byMonth = Dictionary(
            progress.filter { $0.month.year == month.year }.map { ($0.month.month, $0.completedInvestment) },
            uniquingKeysWith: { $1 })
        return (1...month.month).map { byMonth[$0] }
    }

    /// 今年累计完成投资 month by month, January through `month`.
    var cumulativeCompleted: [Decimal] {
        var sum: Decimal = 0
        return monthlyCompleted.map { value in
            sum += value ?? 0
            return sum
        }
    }

    /// The plan's time-proportional share (年度计划 × m ÷ 12) at the end of each month, January through `month`.
    var plannedByTime: [Decimal] {
        let plan = project.annualPlan(for: month.year)
        return (1...month.month).map { plan * Decimal($0) / 12 }
    }
}
