import Foundation
import TaizhangCore
import TaizhangStore

extension ProjectService {
    /// The matters (problems) of a project, oldest first.
    func matters(of project: Project) async throws -> [Matter] {
        try await database.matters.list(projectIDs: [project.id ?? 0])
    }

    func matter(id: Int64) async throws -> Matter {
        guard let matter = try await database.matters.find(id: id) else { throw ProjectServiceError.matterNotFound(id) }
        return matter
    }

    /// Records a problem that blocks `project` (供地、供水 …), raised today unless a date is given.
    func raiseMatter(
        on project: Project, kind: MatterKind, description: String, ownerUnit: String, deadline: CalendarDate?,
        raisedOn: CalendarDate, actor: AuditActor
    ) async throws -> Matter {
        let text = description.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ProjectServiceError.invalidInput(field: "description", message: "请填写问题描述。")
        }
        let owner = ownerUnit.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !owner.isEmpty else {
            throw ProjectServiceError.invalidInput(field: "ownerUnit", message: "请填写问题的责任单位。")
        }
        if let deadline, deadline < raisedOn {
            throw ProjectServiceError.invalidInput(
                field: "deadline",
                message: "办结时限（\(deadline.chineseDescription)）不能早于提出日期（\(raisedOn.chineseDescription)）。")
        }
        let matter = Matter(
            projectID: project.id, orgUnitID: project.orgUnitID, kind: kind, description: text, ownerUnit: owner,
            raisedOn: raisedOn, deadline: deadline)
        return try await database.matters.create(matter, by: actor)
    }

    /// Marks a matter solved on `day` with how it was solved.
    func resolveMatter(_ matter: Matter, on day: CalendarDate, resolution: String, actor: AuditActor) async throws
        -> Matter
    {
        let text = resolution.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ProjectServiceError.invalidInput(field: "resolution", message: "请填写解决情况。")
        }
        guard matter.status == .open else {
            throw ProjectServiceError.invalidInput(field: "status", message: "该问题已于\(matter.resolvedOn?.chineseDescription ?? "此前")解决。")
        }
        if day < matter.raisedOn {
            throw ProjectServiceError.invalidInput(
                field: "resolvedOn",
                message: "解决日期（\(day.chineseDescription)）不能早于提出日期（\(matter.raisedOn.chineseDescription)）。")
        }
        var resolved = matter
        resolved.status = .resolved
        resolved.resolvedOn = day
        resolved.resolution = text
        try await database.matters.update(resolved, by: actor)
        return resolved
    }

    /// Writes a changed matter (the API's PUT): description, owner, deadline, status and resolution.
    func updateMatter(_ matter: Matter, actor: AuditActor) async throws -> Matter {
        if matter.status == .resolved, matter.resolvedOn == nil || (matter.resolution ?? "").isEmpty {
            throw ProjectServiceError.invalidInput(
                field: "resolution", message: "已解决的问题须填写解决日期（resolvedOn）和解决情况（resolution）。")
        }
        try await database.matters.update(matter, by: actor)
        return try await self.matter(id: matter.id ?? 0)
    }
}
