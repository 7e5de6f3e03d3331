import Foundation
import SQLKit
import TaizhangCore

/// The `matters` row of a matter: checks and encodes fields before anything is written, decodes rows back.
enum MatterRecord {
    static let columns = [
        "project_id", "org_unit_id", "kind", "description", "owner_unit", "raised_on", "deadline", "status",
        "resolved_on", "resolution", "updated_at",
    ]
    static let readColumns = ["id"] + columns.dropLast()

    /// The matter with texts trimmed, after checking them against `TextLimits`.
    static func normalized(_ matter: Matter) throws -> Matter {
        var matter = matter
        matter.description = matter.description.trimmingCharacters(in: .whitespacesAndNewlines)
        matter.ownerUnit = matter.ownerUnit.trimmingCharacters(in: .whitespacesAndNewlines)
        matter.resolution = matter.resolution?.nilIfBlank
        if matter.description.isEmpty { throw StoreError.emptyField("问题描述") }
        if matter.ownerUnit.isEmpty { throw StoreError.emptyField("责任单位") }
        try TextLimits.check(matter.description, field: "问题描述", limit: TextLimits.note)
        try TextLimits.check(matter.ownerUnit, field: "责任单位", limit: TextLimits.name)
        try TextLimits.check(matter.resolution, field: "解决情况", limit: TextLimits.note)
        return matter
    }

    static func values(_ matter: Matter, timestamp: String) -> [any SQLExpression] {
        [
            SQLValues.integerOrNull(matter.projectID), SQLValues.integer(matter.orgUnitID),
            SQLBind(matter.kind.rawValue),
            SQLBind(matter.description), SQLBind(matter.ownerUnit), SQLBind(matter.raisedOn.description),
            SQLValues.bindOrNull(matter.deadline?.description), SQLBind(matter.status.rawValue),
            SQLValues.bindOrNull(matter.resolvedOn?.description), SQLValues.bindOrNull(matter.resolution),
            SQLBind(timestamp),
        ]
    }

    static func decode(_ row: ProjectRowReader) throws -> Matter {
        let id = try row.int64("id")
        func date(_ column: String) throws -> CalendarDate? {
            guard let text = try row.optionalString(column) else { return nil }
            guard let day = CalendarDate(text) else {
                throw StoreError.engine("unreadable date \(text) in matter \(id)")
            }
            return day
        }
        guard let kind = MatterKind(rawValue: try row.string("kind")),
            let status = MatterStatus(rawValue: try row.string("status")),
            let raised = try date("raised_on")
        else { throw StoreError.engine("unreadable matter \(id)") }
        return Matter(
            id: id, projectID: try row.optionalInt64("project_id"), orgUnitID: try row.int64("org_unit_id"), kind: kind,
            description: try row.string("description"), ownerUnit: try row.string("owner_unit"), raisedOn: raised,
            deadline: try date("deadline"), status: status, resolvedOn: try date("resolved_on"),
            resolution: try row.optionalString("resolution"))
    }
}
