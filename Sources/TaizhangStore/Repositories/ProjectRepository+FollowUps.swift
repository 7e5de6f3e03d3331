import Foundation
import SQLKit
import TaizhangCore

extension ProjectRepository {
    /// The contacts with the investor (走访、洽谈 …), oldest first.
    public func followUps(projectID: Int64) async throws -> [ProjectFollowUp] {
        try await database.withConnection { sql in
            try await sql.select().columns("id", "project_id", "contacted_on", "kind", "participants", "summary")
                .from("project_follow_ups").where("project_id", .equal, SQLValues.integer(projectID))
                .orderBy("contacted_on").orderBy("id").all()
                .map(Self.decodeFollowUp)
        }
    }

    /// Records a contact and returns it with its id (audit `projectFollowUp`, key `code/id`).
    @discardableResult
    public func addFollowUp(_ followUp: ProjectFollowUp, by actor: AuditActor) async throws -> ProjectFollowUp {
        var followUp = followUp
        followUp.kind = followUp.kind.trimmingCharacters(in: .whitespacesAndNewlines)
        followUp.summary = followUp.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        followUp.participants = followUp.participants?.nilIfBlank
        let now = Date()
        return try await database.withTransaction { sql in
            guard let project = try await Self.identities([followUp.projectID], on: sql)[followUp.projectID] else {
                throw ProjectStoreError.projectNotFound(id: followUp.projectID)
            }
            let checks: [(String?, String, Int)] = [
                (followUp.kind, "跟进方式", TextLimits.unit), (followUp.participants, "参加人员", TextLimits.name),
                (followUp.summary, "跟进情况", TextLimits.note),
            ]
            for (text, field, limit) in checks {
                if let text, text.count > limit {
                    throw ProjectStoreError.invalidField(
                        project: project.code, field: field, problem: "过长：最多\(limit)个字符，实际\(text.count)个字符")
                }
            }
            if followUp.kind.isEmpty {
                throw ProjectStoreError.invalidField(project: project.code, field: "跟进方式", problem: "不能为空")
            }
            if followUp.summary.isEmpty {
                throw ProjectStoreError.invalidField(project: project.code, field: "跟进情况", problem: "不能为空")
            }
            let row = try await sql.insert(into: "project_follow_ups")
                .columns("project_id", "contacted_on", "kind", "participants", "summary", "created_at")
                .values(
                    SQLValues.integer(followUp.projectID), SQLBind(followUp.on.description), SQLBind(followUp.kind),
                    SQLValues.bindOrNull(followUp.participants), SQLBind(followUp.summary),
                    SQLBind(SQLValues.timestamp(now))
                ).returning("id").first()
            followUp.id = try row?.decode(column: "id", as: Int64.self)
            try await database.audit.append(
                [
                    AuditEntry(
                        at: now, actor: actor, action: .create, entityType: "projectFollowUp",
                        entityKey: "\(project.code)/\(followUp.id ?? 0)", orgUnitID: project.orgUnitID,
                        after: AuditEntry.json(followUp))
                ], on: sql)
            return followUp
        }
    }

    static func decodeFollowUp(_ row: any SQLRow) throws -> ProjectFollowUp {
        let dayText = try row.decode(column: "contacted_on", as: String.self)
        guard let day = CalendarDate(dayText) else {
            throw StoreError.engine("unreadable date \(dayText) in follow-ups")
        }
        return ProjectFollowUp(
            id: try row.decode(column: "id", as: Int64.self),
            projectID: try row.decode(column: "project_id", as: Int64.self), on: day,
            kind: try row.decode(column: "kind", as: String.self), participants: try row.optionalString("participants"),
            summary: try row.decode(column: "summary", as: String.self))
    }
}
