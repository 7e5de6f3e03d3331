import Foundation
import SQLKit
import TaizhangCore

/// The `projects` row of a project: checks and encodes every field before anything is written, and decodes rows
/// back. Amounts are scaled integers of 万元 (`StoredAmount`), dates `yyyy-mm-dd`, lists `|a|b|`.
enum ProjectRecord {
    /// Columns written on insert and update, in the order of `values`.
    static let columns = [
        "code", "name", "org_unit_id", "stage", "investor", "investor_origin", "industry", "industry_chain",
        "chain_link", "levels", "construction_nature", "project_type", "content", "promotion_method",
        "contract_value", "planned_investment", "signed_on", "planned_start", "actual_start", "planned_completion",
        "actual_completion", "production_on", "withdrawn_on", "withdrawal_reason", "in_statistics",
        "liaison_leaders", "responsible_unit", "service_unit", "task_force", "expected_annual_output",
        "expected_annual_tax", "updated_at",
    ]
    static let readColumns = ["id"] + columns.dropLast()

    /// 万元, the unit of every project amount.
    static let unit = IndicatorUnit(symbol: "万元")
    static let scale = AmountScale(unit)

    /// The project with code and name trimmed, lists cleaned (blank items dropped, order kept), after checking
    /// every text against `TextLimits` and that no list item holds the separator.
    static func normalized(_ project: Project) throws -> Project {
        var project = project
        project.code = project.code.trimmingCharacters(in: .whitespacesAndNewlines)
        project.name = project.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let label = project.code.isEmpty ? project.name : project.code
        func check(_ text: String?, _ field: String, _ limit: Int) throws {
            guard let text, text.count > limit else { return }
            throw ProjectStoreError.invalidField(
                project: label, field: field, problem: "过长：最多\(limit)个字符，实际\(text.count)个字符")
        }
        if project.code.isEmpty { throw ProjectStoreError.invalidField(project: label, field: "项目编号", problem: "不能为空") }
        if project.name.isEmpty { throw ProjectStoreError.invalidField(project: label, field: "项目名称", problem: "不能为空") }
        try check(project.code, "项目编号", TextLimits.code)
        try check(project.name, "项目名称", TextLimits.name)
        let shortTexts: [(String?, String)] = [
            (project.investor, "投资方"), (project.investorOrigin, "投资方来源地"), (project.industry, "所属行业"),
            (project.industryChain, "产业链"), (project.chainLink, "产业链环节"), (project.projectType, "项目类型"),
            (project.promotionMethod, "招商方式"), (project.responsibleUnit, "责任单位"), (project.serviceUnit, "服务单位"),
        ]
        for (text, field) in shortTexts { try check(text, field, TextLimits.name) }
        try check(project.content, "建设内容", TextLimits.note)
        try check(project.withdrawalReason, "退出原因", TextLimits.note)
        func cleanList(_ items: [String], _ field: String) throws -> [String] {
            var result: [String] = []
            for item in items {
                let trimmed = item.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty, !result.contains(trimmed) else { continue }
                if trimmed.contains(ProjectListColumn.separator) {
                    throw ProjectStoreError.invalidField(project: label, field: field, problem: "“\(trimmed)”不能含有“|”")
                }
                try check(trimmed, field, TextLimits.name)
                result.append(trimmed)
            }
            return result
        }
        project.liaisonLeaders = try cleanList(project.liaisonLeaders, "包联领导")
        project.taskForce = try cleanList(project.taskForce, "专班成员")
        return project
    }

    /// A scaled amount, or the error naming project and field.
    static func amount(_ value: Decimal?, project: String, field: String) throws -> Int64? {
        guard let value else { return nil }
        guard let stored = scale.encode(value) else {
            throw ProjectStoreError.unencodableAmount(project: project, field: field, value: value.plainString)
        }
        return stored
    }

    /// Checks a normalized project's amounts; the plans per year in scaled integers.
    static func encodedPlans(_ project: Project) throws -> [(year: Int, amount: Int64)] {
        try project.annualPlans.sorted { $0.key < $1.key }.map { year, value in
            guard (1900...9999).contains(year) else {
                throw ProjectStoreError.invalidField(project: project.code, field: "年度计划投资", problem: "的年份\(year)无效")
            }
            return (year, try amount(value, project: project.code, field: "\(year)年计划投资")!)
        }
    }

    /// The values of `columns` for a normalized project.
    static func values(_ project: Project, timestamp: String) throws -> [any SQLExpression] {
        let code = project.code
        func date(_ day: CalendarDate?) -> any SQLExpression { SQLValues.bindOrNull(day?.description) }
        func money(_ value: Decimal?, _ field: String) throws -> any SQLExpression {
            SQLValues.integerOrNull(try amount(value, project: code, field: field))
        }
        let levels = ProjectListColumn.encode(project.levels.sorted().map(\.rawValue))
        return [
            SQLBind(project.code), SQLBind(project.name), SQLValues.integer(project.orgUnitID),
            SQLBind(project.stage.rawValue), SQLValues.bindOrNull(project.investor),
            SQLValues.bindOrNull(project.investorOrigin), SQLValues.bindOrNull(project.industry),
            SQLValues.bindOrNull(project.industryChain), SQLValues.bindOrNull(project.chainLink), SQLBind(levels),
            SQLValues.bindOrNull(project.constructionNature?.rawValue), SQLValues.bindOrNull(project.projectType),
            SQLValues.bindOrNull(project.content), SQLValues.bindOrNull(project.promotionMethod),
            try money(project.contractValue, "签约金额"), try money(project.plannedInvestment, "计划总投资"),
            date(project.signedOn), date(project.plannedStart), date(project.actualStart),
            date(project.plannedCompletion), date(project.actualCompletion), date(project.productionOn),
            date(project.withdrawnOn), SQLValues.bindOrNull(project.withdrawalReason),
            SQLLiteral.boolean(project.isInStatistics), SQLBind(ProjectListColumn.encode(project.liaisonLeaders)),
            SQLValues.bindOrNull(project.responsibleUnit), SQLValues.bindOrNull(project.serviceUnit),
            SQLBind(ProjectListColumn.encode(project.taskForce)),
            try money(project.expectedAnnualOutput, "达产后预计年产值"), try money(project.expectedAnnualTax, "达产后预计年税收"),
            SQLBind(timestamp),
        ]
    }

    static func decode(_ row: ProjectRowReader) throws -> Project {
        let id = try row.int64("id")
        let stageText = try row.string("stage")
        guard let stage = ProjectStage(rawValue: stageText) else {
            throw StoreError.engine("unknown stage \(stageText) of project \(id)")
        }
        func text(_ column: String) throws -> String? { try row.optionalString(column) }
        func date(_ column: String) throws -> CalendarDate? {
            guard let text = try row.optionalString(column) else { return nil }
            guard let day = storedDate(text) else { throw StoreError.engine("unreadable date \(text) in projects") }
            return day
        }
        func money(_ column: String) throws -> Decimal? { try row.optionalInt64(column).map(scale.decode) }
        return Project(
            id: id, code: try row.string("code"), name: try row.string("name"),
            orgUnitID: try row.int64("org_unit_id"), stage: stage,
            investor: try text("investor"), investorOrigin: try text("investor_origin"),
            industry: try text("industry"), industryChain: try text("industry_chain"),
            chainLink: try text("chain_link"),
            levels: Set(
                ProjectListColumn.decode(try row.string("levels"))
                    .compactMap(ProjectLevel.init(rawValue:))),
            constructionNature: try text("construction_nature").flatMap(ConstructionNature.init(rawValue:)),
            projectType: try text("project_type"), content: try text("content"),
            promotionMethod: try text("promotion_method"), contractValue: try money("contract_value"),
            plannedInvestment: try money("planned_investment"), annualPlans: [:],
            signedOn: try date("signed_on"), plannedStart: try date("planned_start"),
            actualStart: try date("actual_start"), plannedCompletion: try date("planned_completion"),
            actualCompletion: try date("actual_completion"), productionOn: try date("production_on"),
            withdrawnOn: try date("withdrawn_on"), withdrawalReason: try text("withdrawal_reason"),
            isInStatistics: try row.bool("in_statistics"),
            liaisonLeaders: ProjectListColumn.decode(try row.string("liaison_leaders")),
            responsibleUnit: try text("responsible_unit"), serviceUnit: try text("service_unit"),
            taskForce: ProjectListColumn.decode(try row.string("task_force")),
            expectedAnnualOutput: try money("expected_annual_output"),
            expectedAnnualTax: try money("expected_annual_tax"))
    }

    /// The columns `ProjectRepository.listForStatistics` reads.
    static let statisticsColumns = [
        "id", "code", "name", "org_unit_id", "stage", "industry_chain", "levels", "contract_value", "signed_on",
        "planned_start", "actual_start", "planned_completion", "actual_completion", "production_on", "withdrawn_on",
        "liaison_leaders", "responsible_unit",
    ]

    /// A row of `statisticsColumns` plus `year_plan` (`year`'s plan, NULL when none).
    static func decodeForStatistics(_ row: ProjectRowReader, year: Int) throws -> Project {
        let id = try row.int64("id")
        let stageText = try row.string("stage")
        guard let stage = ProjectStage(rawValue: stageText) else {
            throw StoreError.engine("unknown stage \(stageText) of project \(id)")
        }
        func date(_ column: String) throws -> CalendarDate? {
            guard let text = try row.optionalString(column) else { return nil }
            guard let day = storedDate(text) else { throw StoreError.engine("unreadable date \(text) in projects") }
            return day
        }
        var plans: [Int: Decimal] = [:]
        if let plan = try row.optionalInt64("year_plan") { plans[year] = scale.decode(plan) }
        let levels = try row.string("levels")
        return Project(
            id: id, code: try row.string("code"), name: try row.string("name"),
            orgUnitID: try row.int64("org_unit_id"), stage: stage,
            industryChain: try row.optionalString("industry_chain"),
            levels: levels.isEmpty
                ? [] : Set(ProjectListColumn.decode(levels).compactMap(ProjectLevel.init(rawValue:))),
            contractValue: try row.optionalInt64("contract_value").map(scale.decode), annualPlans: plans,
            signedOn: try date("signed_on"), plannedStart: try date("planned_start"),
            actualStart: try date("actual_start"), plannedCompletion: try date("planned_completion"),
            actualCompletion: try date("actual_completion"), productionOn: try date("production_on"),
            withdrawnOn: try date("withdrawn_on"),
            liaisonLeaders: ProjectListColumn.decode(try row.string("liaison_leaders")),
            responsibleUnit: try row.optionalString("responsible_unit"))
    }

    /// A stored `yyyy-mm-dd` read digit by digit (`CalendarDate.init(_:)` accepts every form people type and costs
    /// more than the rest of a project's decoding); other text falls back to it.
    static func storedDate(_ text: String) -> CalendarDate? {
        let parsed: CalendarDate?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        if case .some(.some(let day)) = parsed { return day }
        return CalendarDate(text)
    }
}
