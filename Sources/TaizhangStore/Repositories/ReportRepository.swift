import Foundation
import SQLKit
import TaizhangCore

/// The report store: writers' templates, the text of their 【填写】 sections per org unit and period, and the
/// history of produced reports with their .docx and HTML.
public struct ReportRepository: Sendable {
    let database: TaizhangDatabase

    public init(database: TaizhangDatabase) { self.database = database }

    // MARK: Templates

    /// Every stored template, by name.
    public func templates() async throws -> [StoredReportTemplate] {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.templateColumns).from("report_templates").orderBy("name").all()
                .map(Self.template)
        }
    }

    public func template(id: Int64) async throws -> StoredReportTemplate? {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.templateColumns).from("report_templates")
                .where("id", .equal, SQLValues.integer(id)).first().map(Self.template)
        }
    }

    /// Saves a new template; the name must be unused.
    public func createTemplate(
        name: String, text: String, source: ReportTemplateSource, by username: String
    ) async throws -> StoredReportTemplate {
        let name = try Self.normalized(name)
        let stamp = SQLValues.timestamp()
        return try await database.withTransaction { sql in
            try await Self.requireUnused(name, except: nil, on: sql)
            let row = try await sql.insert(into: "report_templates")
                .columns("name", "text", "source", "created_by", "created_at", "updated_at")
                .values(
                    SQLBind(name), SQLBind(text), SQLBind(source.rawValue), SQLBind(username), SQLBind(stamp),
                    SQLBind(stamp)
                )
                .returning("id").first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw StoreError.engine("insert into report_templates returned no id")
            }
            let date = try UserRepository.date(stamp) ?? Date()
            return StoredReportTemplate(
                id: id, name: name, text: text, source: source, createdBy: username, createdAt: date, updatedAt: date)
        }
    }

    /// Renames and rewrites a stored template.
    public func updateTemplate(id: Int64, name: String, text: String) async throws -> StoredReportTemplate {
        let name = try Self.normalized(name)
        let stamp = SQLValues.timestamp()
        try await database.withTransaction { sql in
            let exists = try await sql.select().column("id").from("report_templates")
                .where("id", .equal, SQLValues.integer(id)).first()
            guard exists != nil else { throw ReportStoreError.templateNotFound(id: id) }
            try await Self.requireUnused(name, except: id, on: sql)
            try await sql.update("report_templates").set("name", to: SQLBind(name)).set("text", to: SQLBind(text))
                .set("updated_at", to: SQLBind(stamp)).where("id", .equal, SQLValues.integer(id)).run()
        }
        guard let stored = try await template(id: id) else { throw ReportStoreError.templateNotFound(id: id) }
        return stored
    }

    // MARK: Sections

    /// The text entered for each 【填写】 section of a template for a unit and period, by section name.
    public func sections(templateKey: String, orgUnitID: Int64, period: String) async throws -> [String: String] {
        try await database.withConnection { sql in
            try await Self.sections(templateKey: templateKey, orgUnitID: orgUnitID, period: period, on: sql)
        }
    }

    // MARK: Reports

    /// Stores the sections the writer entered and the report produced from them, together.
    @discardableResult
    public func saveReport(_ report: NewReport, sections: [String: String]) async throws -> Int64 {
        let stamp = SQLValues.timestamp()
        return try await database.withTransaction { sql in
            for (name, text) in sections.sorted(by: { $0.key < $1.key }) {
                try await sql.insert(into: "report_sections")
                    .columns("template_key", "org_unit_id", "period", "name", "text", "updated_by", "updated_at")
                    .values(
                        SQLBind(report.templateKey), SQLValues.integer(report.orgUnitID), SQLBind(report.period),
                        SQLBind(name), SQLBind(text), SQLBind(report.createdBy), SQLBind(stamp)
                    )
                    .onConflict(with: ["template_key", "org_unit_id", "period", "name"]) {
                        $0.set(excludedValueOf: "text").set(excludedValueOf: "updated_by")
                            .set(excludedValueOf: "updated_at")
                    }
                    .run()
            }
            let row = try await sql.insert(into: "reports")
                .columns(
                    "template_key", "template_name", "org_unit_id", "period", "title", "created_by", "created_at",
                    "docx", "html", "figure_count"
                )
                .values(
                    SQLBind(report.templateKey), SQLBind(report.templateName), SQLValues.integer(report.orgUnitID),
                    SQLBind(report.period), SQLBind(report.title), SQLBind(report.createdBy), SQLBind(stamp),
                    SQLBind(report.docx), SQLBind(report.html), SQLValues.integer(report.figureCount)
                )
                .returning("id").first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else {
                throw StoreError.engine("insert into reports returned no id")
            }
            return id
        }
    }

    /// The latest reports, newest first, of the given units (nil: all).
    public func reports(orgUnitIDs: Set<Int64>?, limit: Int = 50) async throws -> [StoredReport] {
        if let orgUnitIDs, orgUnitIDs.isEmpty { return [] }
        return try await database.withConnection { sql in
            let query = sql.select().columns(Self.reportColumns).from("reports")
            if let orgUnitIDs {
                query.where("org_unit_id", .in, SQLGroupExpression(orgUnitIDs.sorted().map(SQLValues.integer)))
            }
            return try await query.orderBy("id", .descending).limit(limit).all().map(Self.report)
        }
    }

    public func report(id: Int64) async throws -> StoredReport? {
        try await database.withConnection { sql in
            try await sql.select().columns(Self.reportColumns).from("reports")
                .where("id", .equal, SQLValues.integer(id)).first().map(Self.report)
        }
    }

    /// The stored Word document of a report.
    public func docx(id: Int64) async throws -> Data? {
        try await database.withConnection { sql in
            try await sql.select().column("docx").from("reports").where("id", .equal, SQLValues.integer(id)).first()?
                .decode(column: "docx", as: Data.self)
        }
    }

    /// The stored HTML fragment of a report (`ReportHTML.render`).
    public func html(id: Int64) async throws -> String? {
        try await database.withConnection { sql in
            try await sql.select().column("html").from("reports").where("id", .equal, SQLValues.integer(id)).first()?
                .decode(column: "html", as: String.self)
        }
    }

    // MARK: Rows

    static let templateColumns = ["id", "name", "text", "source", "created_by", "created_at", "updated_at"]
    static let reportColumns = [
        "id", "template_key", "template_name", "org_unit_id", "period", "title", "created_by", "created_at",
        "figure_count",
    ]

    static func template(_ row: any SQLRow) throws -> StoredReportTemplate {
        StoredReportTemplate(
            id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
            text: try row.decode(column: "text", as: String.self),
            source: ReportTemplateSource(rawValue: try row.decode(column: "source", as: String.self)) ?? .custom,
            createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: try UserRepository.date(row.decode(column: "created_at", as: String.self)) ?? Date(),
            updatedAt: try UserRepository.date(row.decode(column: "updated_at", as: String.self)) ?? Date())
    }

    static func report(_ row: any SQLRow) throws -> StoredReport {
        StoredReport(
            id: try row.decode(column: "id", as: Int64.self),
            templateKey: try row.decode(column: "template_key", as: String.self),
            templateName: try row.decode(column: "template_name", as: String.self),
            orgUnitID: try row.decode(column: "org_unit_id", as: Int64.self),
            period: try row.decode(column: "period", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: try UserRepository.date(row.decode(column: "created_at", as: String.self)) ?? Date(),
            figureCount: try row.decode(column: "figure_count", as: Int.self))
    }

    static func sections(
        templateKey: String, orgUnitID: Int64, period: String, on sql: any SQLDatabase
    ) async throws -> [String: String] {
        let rows = try await sql.select().columns("name", "text").from("report_sections")
            .where("template_key", .equal, SQLBind(templateKey))
            .where("org_unit_id", .equal, SQLValues.integer(orgUnitID)).where("period", .equal, SQLBind(period)).all()
        var sections: [String: String] = [:]
        for row in rows {
            sections[try row.decode(column: "name", as: String.self)] = try row.decode(column: "text", as: String.self)
        }
        return sections
    }

    static func normalized(_ name: String) throws -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw ReportStoreError.emptyTemplateName }
        return name
    }

    static func requireUnused(_ name: String, except id: Int64?, on sql: any SQLDatabase) async throws {
        let row = try await sql.select().column("id").from("report_templates").where("name", .equal, SQLBind(name))
            .first()
        if let taken = try row?.decode(column: "id", as: Int64.self), taken != id {
            throw ReportStoreError.duplicateTemplateName(name)
        }
    }
}

extension TaizhangDatabase {
    /// Report templates, writers' sections and the produced reports (`ReportRepository`).
    public var reports: ReportRepository { ReportRepository(database: self) }
}
