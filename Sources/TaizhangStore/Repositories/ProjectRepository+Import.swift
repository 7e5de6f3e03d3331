import Foundation
import SQLKit
import TaizhangCore

/// What a ledger import changed.
public struct ProjectImportResult: Sendable, Hashable {
    /// Codes that were new.
    public var created: Int
    /// Known codes whose record changed.
    public var updated: Int
    /// Known codes whose record the file left as it was.
    public var unchanged: Int
    /// Progress entries written (inserted or replaced).
    public var progressEntries: Int
}

extension ProjectRepository {
    /// Imports a ledger in ONE transaction. Projects are matched by code: a new code is created (its stage entering
    /// the history); a known code keeps its id and takes the file's values — name, org unit and stage always,
    /// other fields when the file gives them (a nil field, an empty list, `isInStatistics == false` keep the
    /// stored value; annual plans merge by year); a changed stage enters the history. Then `progress` (naming
    /// projects by code, which may be new in this import) is upserted by (project, month), so re-importing a
    /// month updates it. Any invalid project or entry, or a locked dispatch month, stores nothing.
    public func importLedger(
        _ projects: [Project], progress: [ProjectProgressImport], by actor: AuditActor
    ) async throws -> ProjectImportResult {
        var seen: Set<String> = []
        let incoming = try projects.map { project in
            let project = try ProjectRecord.normalized(project)
            guard seen.insert(project.code).inserted else {
                throw ProjectStoreError.duplicateInImport(code: project.code)
            }
            return project
        }
        let now = Date()
        let stamp = SQLValues.timestamp(now)
        let today = Self.today(now)
        return try await database.withTransaction { sql in
            let existing = try await Self.projects(codes: incoming.map(\.code), on: sql)
            let units = try await Self.orgUnitIDs(on: sql)
            var toCreate: [Project] = []
            var toUpdate: [(before: Project, after: Project)] = []
            var unchanged = 0
            for project in incoming {
                guard units.contains(project.orgUnitID) else {
                    throw ProjectStoreError.invalidField(
                        project: project.code, field: "所属组织", problem: "不存在（组织编号\(project.orgUnitID)）")
                }
                if let stored = existing[project.code] {
                    let merged = Self.merge(project, into: stored)
                    if merged == stored { unchanged += 1 } else { toUpdate.append((stored, merged)) }
                } else {
                    var new = project
                    new.id = nil
                    toCreate.append(new)
                }
            }
            let createdIDs = try await Self.insertProjects(toCreate, stamp: stamp, on: sql)
            try await Self.replaceProjects(toUpdate.map(\.after), stamp: stamp, on: sql)
            var changes: [ProjectStageChange] = []
            for (project, id) in zip(toCreate, createdIDs) {
                changes.append(
                    ProjectStageChange(
                        projectID: id, from: nil, to: project.stage, on: today, recordedBy: actor.username))
            }
            for (before, after) in toUpdate where before.stage != after.stage {
                changes.append(
                    ProjectStageChange(
                        projectID: after.id!, from: before.stage, to: after.stage, on: today, reason: "导入台账",
                        recordedBy: actor.username))
            }
            try await Self.insertStageChanges(changes, code: nil, stamp: stamp, on: sql)

            // Progress, by code: of this import or already stored.
            var info: [Int64: (code: String, orgUnitID: Int64)] = [:]
            var idOfCode: [String: Int64] = [:]
            for (project, id) in zip(toCreate, createdIDs) {
                idOfCode[project.code] = id
                info[id] = (project.code, project.orgUnitID)
            }
            for project in existing.values {
                idOfCode[project.code] = project.id!
                info[project.id!] = (project.code, project.orgUnitID)
            }
            for (_, after) in toUpdate { info[after.id!] = (after.code, after.orgUnitID) }
            let unknown = Set(progress.map { $0.projectCode.trimmingCharacters(in: .whitespacesAndNewlines) })
                .subtracting(idOfCode.keys)
            let others = try await Self.projectIDs(codes: Array(unknown), on: sql)
            idOfCode.merge(others) { $1 }
            info.merge(try await Self.identities(Array(others.values), on: sql)) { $1 }
            var rows: [ProjectProgressRow] = []
            var periods: Set<PeriodKey> = []
            for entry in progress {
                let code = entry.projectCode.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let id = idOfCode[code], let project = info[id] else {
                    throw ProjectStoreError.projectCodeNotFound(code)
                }
                let value = ProjectProgress(
                    projectID: id, month: entry.month, completedInvestment: entry.completedInvestment,
                    fundsInPlace: entry.fundsInPlace, progressNote: entry.progressNote, problemNote: entry.problemNote)
                rows.append(try ProjectProgressRow.encode(value, code: code))
                periods.insert(PeriodKey(orgUnitID: project.orgUnitID, month: entry.month))
            }
            rows = rows.lastPerKey { ProgressKey(projectID: $0.projectID, month: $0.month) }
            try await database.dispatchWorkflow.requireUnlocked(periods, on: sql)
            let replaced = try await ProjectProgressWriter.write(rows, on: sql)

            var audit: [AuditEntry] = []
            for (project, id) in zip(toCreate, createdIDs) {
                var saved = project
                saved.id = id
                audit.append(
                    AuditEntry(
                        at: now, actor: actor, action: .importFile, entityType: "project", entityKey: project.code,
                        orgUnitID: project.orgUnitID, after: AuditEntry.json(saved)))
            }
            for (before, after) in toUpdate {
                audit.append(
                    AuditEntry(
                        at: now, actor: actor, action: .importFile, entityType: "project", entityKey: after.code,
                        orgUnitID: after.orgUnitID, before: AuditEntry.json(before), after: AuditEntry.json(after)))
            }
            audit += Self.progressAudit(rows, replaced: replaced, info: info, action: .importFile, at: now, by: actor)
            try await database.audit.append(audit, on: sql)
            return ProjectImportResult(
                created: toCreate.count, updated: toUpdate.count, unchanged: unchanged, progressEntries: rows.count)
        }
    }

    /// Seeding only (demo data, benchmarks): inserts new projects with their histories, progress, matters and
    /// follow-ups in large batches, in one transaction, with no audit entries and no dispatch lock checks. Codes
    /// must be new. Returns the ids assigned, in the order of `seed.projects`.
    @discardableResult
    public func bulkInsert(_ seed: ProjectSeed) async throws -> [Int64] {
        var seen: Set<String> = []
        let projects = try seed.projects.map { project in
            var project = try ProjectRecord.normalized(project)
            project.id = nil
            guard seen.insert(project.code).inserted else {
                throw ProjectStoreError.duplicateInImport(code: project.code)
            }
            return project
        }
        let matters = try seed.matters.map { ($0.projectIndex, try MatterRecord.normalized($0.matter)) }
        let stamp = SQLValues.timestamp()
        return try await database.withTransaction { sql in
            if let taken = try await Self.projectIDs(codes: projects.map(\.code), on: sql).keys.sorted().first {
                throw ProjectStoreError.duplicateProjectCode(taken)
            }
            let ids = try await Self.insertProjects(projects, stamp: stamp, on: sql)
            func id(_ index: Int) throws -> Int64 {
                guard ids.indices.contains(index) else {
                    throw StoreError.engine("seed refers to project index \(index) of \(ids.count)")
                }
                return ids[index]
            }
            try await Self.insertStageChanges(
                try seed.histories.map { index, change in
                    var change = change
                    change.projectID = try id(index)
                    return change
                }, code: nil, stamp: stamp, on: sql)

            var byProject: [Int64: [ProjectProgressRow]] = [:]
            for (index, entry) in seed.progress {
                var entry = entry
                entry.projectID = try id(index)
                byProject[entry.projectID, default: []].append(
                    try ProjectProgressRow.encode(entry, code: projects[index].code))
            }
            var rows: [ProjectProgressRow] = []
            for (_, entries) in byProject {
                let unique = entries.lastPerKey(\.month).sorted { $0.month < $1.month }
                rows += ProjectProgressRow.chain(anchor: nil, rows: unique).rows
            }
            try await ProjectProgressWriter.upsert(rows, on: sql)

            for chunk in matters.chunked(SQLValues.batchSize / 2) {
                let insert = sql.insert(into: "matters").columns(MatterRecord.columns + ["created_at"])
                for (index, matter) in chunk {
                    var matter = matter
                    matter.projectID = try id(index)
                    insert.values(MatterRecord.values(matter, timestamp: stamp) + [SQLBind(stamp)])
                }
                try await insert.run()
            }
            for chunk in seed.followUps.chunked(SQLValues.batchSize / 2) {
                let insert = sql.insert(into: "project_follow_ups")
                    .columns("project_id", "contacted_on", "kind", "participants", "summary", "created_at")
                for (index, followUp) in chunk {
                    insert.values(
                        SQLValues.integer(try id(index)), SQLBind(followUp.on.description), SQLBind(followUp.kind),
                        SQLValues.bindOrNull(followUp.participants), SQLBind(followUp.summary), SQLBind(stamp))
                }
                try await insert.run()
            }
            return ids
        }
    }

    // MARK: - Batches

    /// `stored` with what the import gives (see `importLedger`).
    static func merge(_ imported: Project, into stored: Project) -> Project {
        var project = stored
        project.name = imported.name
        project.orgUnitID = imported.orgUnitID
        project.stage = imported.stage
        func take<T>(_ path: WritableKeyPath<Project, T?>) {
            if let value = imported[keyPath: path] { project[keyPath: path] = value }
        }
        take(\.investor)
        take(\.investorOrigin)
        take(\.industry)
        take(\.industryChain)
        take(\.chainLink)
        take(\.constructionNature)
        take(\.projectType)
        take(\.content)
        take(\.promotionMethod)
        take(\.contractValue)
        take(\.plannedInvestment)
        take(\.signedOn)
        take(\.plannedStart)
        take(\.actualStart)
        take(\.plannedCompletion)
        take(\.actualCompletion)
        take(\.productionOn)
        take(\.withdrawnOn)
        take(\.withdrawalReason)
        take(\.responsibleUnit)
        take(\.serviceUnit)
        take(\.expectedAnnualOutput)
        take(\.expectedAnnualTax)
        if !imported.levels.isEmpty { project.levels = imported.levels }
        if !imported.liaisonLeaders.isEmpty { project.liaisonLeaders = imported.liaisonLeaders }
        if !imported.taskForce.isEmpty { project.taskForce = imported.taskForce }
        if imported.isInStatistics { project.isInStatistics = true }
        project.annualPlans.merge(imported.annualPlans) { $1 }
        return project
    }

    /// Inserts new projects (and their plans) in batches; returns their ids in order.
    static func insertProjects(_ projects: [Project], stamp: String, on sql: any SQLDatabase) async throws -> [Int64] {
        guard !projects.isEmpty else { return [] }
        var plans: [(projectIndex: Int, year: Int, amount: Int64)] = []
        for chunk in Array(projects.indices).chunked(SQLValues.batchSize / 4) {
            let insert = sql.insert(into: "projects").columns(ProjectRecord.columns + ["created_at"])
            for index in chunk {
                insert.values(try ProjectRecord.values(projects[index], timestamp: stamp) + [SQLBind(stamp)])
                plans += try ProjectRecord.encodedPlans(projects[index]).map { (index, $0.year, $0.amount) }
            }
            try await insert.run()
        }
        let idOfCode = try await projectIDs(codes: projects.map(\.code), on: sql)
        let ids = projects.map { idOfCode[$0.code] ?? 0 }
        for chunk in plans.chunked(SQLValues.batchSize) {
            let insert = sql.insert(into: "project_annual_plans").columns("project_id", "year", "amount")
            for plan in chunk {
                insert.values(
                    SQLValues.integer(ids[plan.projectIndex]), SQLValues.integer(plan.year),
                    SQLValues.integer(plan.amount))
            }
            try await insert.run()
        }
        return ids
    }

    /// Rewrites stored projects (by id) and their plans in batches.
    static func replaceProjects(_ projects: [Project], stamp: String, on sql: any SQLDatabase) async throws {
        for chunk in projects.chunked(SQLValues.batchSize / 4) {
            let insert = sql.insert(into: "projects").columns(["id"] + ProjectRecord.columns + ["created_at"])
            var plans: [(id: Int64, year: Int, amount: Int64)] = []
            for project in chunk {
                insert.values(
                    [SQLValues.integer(project.id!)] + (try ProjectRecord.values(project, timestamp: stamp))
                        + [SQLBind(stamp)])
                plans += try ProjectRecord.encodedPlans(project).map { (project.id!, $0.year, $0.amount) }
            }
            insert.onConflict(with: ["id"]) { update in
                var update = update
                for column in ProjectRecord.columns { update = update.set(excludedValueOf: column) }
                return update
            }
            try await insert.run()
            try await sql.delete(from: "project_annual_plans")
                .where("project_id", .in, SQLGroupExpression(chunk.map { SQLValues.integer($0.id!) })).run()
            for plansChunk in plans.chunked(SQLValues.batchSize) {
                let insert = sql.insert(into: "project_annual_plans").columns("project_id", "year", "amount")
                for plan in plansChunk {
                    insert.values(
                        SQLValues.integer(plan.id), SQLValues.integer(plan.year), SQLValues.integer(plan.amount))
                }
                try await insert.run()
            }
        }
    }

    /// Stored projects with the given codes, by code.
    static func projects(codes: [String], on sql: any SQLDatabase) async throws -> [String: Project] {
        var result: [String: Project] = [:]
        for chunk in codes.chunked(500) {
            let rows = try await sql.select().columns(ProjectRecord.readColumns).from("projects")
                .where("code", .in, Array(chunk)).all().map(ProjectRowReader.init)
            for project in try await decode(rows, on: sql) { result[project.code] = project }
        }
        return result
    }

    /// Ids of the stored projects with the given codes, by code.
    static func projectIDs(codes: [String], on sql: any SQLDatabase) async throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        for chunk in codes.chunked(500) {
            for row in try await sql.select().columns("id", "code").from("projects").where("code", .in, Array(chunk))
                .all()
            {
                result[try row.decode(column: "code", as: String.self)] = try row.decode(column: "id", as: Int64.self)
            }
        }
        return result
    }

    static func orgUnitIDs(on sql: any SQLDatabase) async throws -> Set<Int64> {
        Set(try await sql.raw("SELECT id FROM org_units").all().map { try $0.decode(column: "id", as: Int64.self) })
    }
}

/// One progress entry of an import, naming its project by code (the project may be created by the same import).
public struct ProjectProgressImport: Sendable, Hashable {
    public var projectCode: String
    public var month: YearMonth
    public var completedInvestment: Decimal
    public var fundsInPlace: Decimal?
    public var progressNote: String?
    public var problemNote: String?

    public init(
        projectCode: String, month: YearMonth, completedInvestment: Decimal, fundsInPlace: Decimal? = nil,
        progressNote: String? = nil, problemNote: String? = nil
    ) {
        self.projectCode = projectCode
        self.month = month
        self.completedInvestment = completedInvestment
        self.fundsInPlace = fundsInPlace
        self.progressNote = progressNote
        self.problemNote = problemNote
    }
}

/// Data for `bulkInsert` (seeding only): new projects and what belongs to them, linked by the project's index in
/// `projects` (the entries' own project ids are ignored).
public struct ProjectSeed: Sendable {
    public var projects: [Project]
    public var histories: [(projectIndex: Int, change: ProjectStageChange)]
    public var progress: [(projectIndex: Int, entry: ProjectProgress)]
    public var matters: [(projectIndex: Int, matter: Matter)]
    public var followUps: [(projectIndex: Int, followUp: ProjectFollowUp)]

    public init(
        projects: [Project], histories: [(projectIndex: Int, change: ProjectStageChange)] = [],
        progress: [(projectIndex: Int, entry: ProjectProgress)] = [],
        matters: [(projectIndex: Int, matter: Matter)] = [],
        followUps: [(projectIndex: Int, followUp: ProjectFollowUp)] = []
    ) {
        self.projects = projects
        self.histories = histories
        self.progress = progress
        self.matters = matters
        self.followUps = followUps
    }
}
