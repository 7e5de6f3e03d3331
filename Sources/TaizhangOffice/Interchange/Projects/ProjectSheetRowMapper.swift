import Foundation
import TaizhangCore

/// Turns the rows of one project ledger sheet into projects and their month's report: keeps the title lines,
/// finds the (possibly two-row) header, then checks and maps each project line, collecting every problem.
final class ProjectSheetRowMapper {
    private let fileName: String
    private let sheetName: String?
    private let mentionsSheet: Bool
    private let askedMonth: YearMonth?
    private let resolveOrgUnitText: (String) -> OrgUnit?
    private let defaultOrgUnitID: Int64?
    private var orgUnitsByText: [String: OrgUnit?] = [:]

    /// Rows scanned for a header before giving up (titles, notes above the table).
    static let headerSearchRows = 30
    private var rowsBeforeHeader = 0
    private var titleTexts: [String] = []
    private var header: ProjectSheetHeader?
    private var headerRow = 0
    /// The row right after the header may be its lower half; the month is settled once it has been seen.
    private var awaitingSubHeader = false
    private var sheetUnitFactor: Decimal = 1
    private var year: Int?
    private var firstRowByCode: [String: Int] = [:]
    private static let tenThousandYuan = IndicatorUnit(symbol: "万元")

    private(set) var result: ProjectSheetParse

    init(
        fileName: String, sheetName: String?, mentionsSheet: Bool, month: YearMonth?,
        resolveOrgUnit: @escaping (String) -> OrgUnit?, defaultOrgUnitID: Int64?
    ) {
        self.fileName = fileName
        self.sheetName = sheetName
        self.mentionsSheet = mentionsSheet
        self.askedMonth = month
        self.resolveOrgUnitText = resolveOrgUnit
        self.defaultOrgUnitID = defaultOrgUnitID
        result = ProjectSheetParse(fileName: fileName, sheetName: sheetName, month: month)
    }

    /// Feeds one row: its 1-based number and its non-empty cells by 0-based column.
    func feed(number: Int, cells: [(column: Int, cell: SheetCell)]) {
        let texts = cells.map { ($0.column, $0.cell.trimmedText) }
        guard var header else {
            guard rowsBeforeHeader <= Self.headerSearchRows else { return }
            rowsBeforeHeader += 1
            let candidate = ProjectSheetHeader(cells: texts)
            if candidate.looksLikeHeader {
                self.header = candidate
                headerRow = number
                awaitingSubHeader = true
            } else {
                titleTexts.append(contentsOf: texts.map(\.1).filter { !$0.isEmpty })
            }
            return
        }
        if awaitingSubHeader {
            awaitingSubHeader = false
            if ProjectSheetHeader.isSubHeader(texts) {
                header.merge(subHeader: texts)
                self.header = header
                headerRow = number
                acceptHeader()
                return
            }
            acceptHeader()
        }
        var values = [SheetCell?](repeating: nil, count: header.width)
        var hasContent = false
        for (column, cell) in cells where column < values.count {
            if case .text(let text) = cell, SheetCell.isBlank(text) { continue }
            values[column] = cell
            hasContent = true
        }
        guard hasContent, !isSkipped(values, header: header) else { return }
        // Sheets printed over several pages repeat the header on each.
        if ProjectSheetHeader(cells: texts).looksLikeHeader { return }
        result.rowCount += 1
        mapRow(number: number, values: values, header: header)
    }

    /// Closes the sheet: reports a missing header.
    func finish() -> ProjectSheetParse {
        if header == nil {
            let reason =
                rowsBeforeHeader == 0
                ? "没有数据"
                : "找不到表头：表头行须包含“项目名称”以及“项目编号”“总投资”“本月完成投资”“建设阶段”等列"
            result.problems.append(
                problem(rowsBeforeHeader == 0 ? .emptyFile : .headerNotFound, row: nil, reason: reason))
        } else if awaitingSubHeader {
            awaitingSubHeader = false
            acceptHeader()
        }
        return result
    }

    /// Settles what the header and the title lines say: missing and doubled columns, the unit, the month.
    private func acceptHeader() {
        guard let header else { return }
        result.presentColumns = Set(
            ProjectSheetColumn.allCases.filter { header.position(of: $0) != nil && $0 != .serial })
        for (column, first, second) in header.duplicates {
            result.problems.append(
                problem(
                    .duplicateColumn, row: headerRow, column: second, header: header.texts[second],
                    reason: "与\(ColumnLetters.letters(first))列重复，都是“\(column.header)”列"))
        }
        if header.position(of: .code) == nil {
            result.problems.append(
                problem(.missingColumn, row: headerRow, reason: "缺少“项目编号”列：每个项目须有项目编号，再次导入时据此更新而不重复"))
        }
        if header.position(of: .orgUnit) == nil && defaultOrgUnitID == nil {
            result.problems.append(
                problem(.missingColumn, row: headerRow, reason: "缺少“所属单位”列：请增加此列，或在导入时选择项目所属单位"))
        }
        sheetUnitFactor = ProjectSheetTitle.unitFactor(in: titleTexts) ?? 1

        let title = ProjectSheetTitle.period(in: titleTexts)
        let titleYear = title.year ?? header.yearHint
        let titleMonth = title.month ?? header.monthHint
        if let titleYear, let titleMonth { result.titleMonth = YearMonth(year: titleYear, month: titleMonth) }
        result.month = askedMonth ?? result.titleMonth
        year = result.month?.year
        if result.month == nil {
            result.problems.append(
                problem(
                    .missingMonth, row: nil,
                    reason: "无法确定报表月份：请在导入时选择月份，或在标题中写明年份和月份（如“2026年1—10月重点项目推进情况表”）"))
        }
    }

    private func resolveOrgUnit(_ text: String) -> OrgUnit? {
        if let known = orgUnitsByText[text] { return known }
        let found = resolveOrgUnitText(text)
        orgUnitsByText[text] = found
        return found
    }

    private func problem(
        _ kind: ImportProblem.Kind, row: Int?, column: Int? = nil, header: String? = nil, reason: String
    ) -> ImportProblem {
        ImportProblem(
            kind: kind, fileName: fileName, sheetName: sheetName, mentionsSheet: mentionsSheet, row: row,
            column: column.map(ColumnLetters.letters), header: header, reason: reason)
    }

    /// 合计/小计 lines, section headings, notes below the table and a row of column numbers hold no project.
    private func isSkipped(_ values: [SheetCell?], header: ProjectSheetHeader) -> Bool {
        let keyColumns = [ProjectSheetColumn.serial, .code, .name].compactMap { header.position(of: $0) }
        let filled = values.indices.filter { values[$0] != nil }
        var keyTexts = keyColumns.compactMap { values[$0]?.trimmedText }
        if let first = filled.first, let text = values[first]?.trimmedText { keyTexts.append(text) }
        if ProjectSheetSkippedRow.isTotal(keyTexts) { return true }
        let codeText = header.position(of: .code).flatMap { values[$0]?.trimmedText } ?? ""
        if filled.count == 1, let text = values[filled[0]]?.trimmedText,
            ProjectSheetSkippedRow.isFootnote(text) || ProjectSheetSkippedRow.isSectionHeading(text)
        {
            return true
        }
        if codeText.isEmpty {
            let others = filled.filter { $0 != header.position(of: .serial) && $0 != header.position(of: .name) }
            let nameText = header.position(of: .name).flatMap { values[$0]?.trimmedText } ?? ""
            // A heading may carry its own serial (“一”) beside it; a line with only a serial is an unfilled line.
            if others.isEmpty && (nameText.isEmpty || ProjectSheetSkippedRow.isSectionHeading(nameText)) {
                return true
            }
        }
        // “1 2 3 … 17” under the header, as printed forms number their columns.
        let numbers = filled.compactMap { index in values[index].flatMap { Int($0.trimmedText) } }
        return filled.count >= 3 && numbers.count == filled.count && numbers == Array(1...numbers.count)
    }

    private func mapRow(number: Int, values: [SheetCell?], header: ProjectSheetHeader) {
        let problemCountBefore = result.problems.count
        func cell(_ column: ProjectSheetColumn) -> SheetCell? {
            header.position(of: column).flatMap { values[$0] }
        }
        func report(_ kind: ImportProblem.Kind, _ column: ProjectSheetColumn?, _ reason: String) {
            let index = column.flatMap { header.position(of: $0) }
            result.problems.append(
                problem(kind, row: number, column: index, header: index.flatMap { header.texts[$0] }, reason: reason))
        }
        func text(_ column: ProjectSheetColumn) -> String? {
            guard let value = cell(column)?.trimmedText, !value.isEmpty,
                !ObservationValueParser.missingMarkers.contains(value)
            else { return nil }
            return value
        }
        func amount(_ column: ProjectSheetColumn) -> Decimal? {
            switch ObservationValueParser.figure(cell(column), acceptsPercent: false) {
            case .missing: return nil
            case .problem(let kind, let reason):
                report(kind, column, reason)
                return nil
            case .value(let raw, _):
                let factor = header.position(of: column).flatMap { header.unitFactors[$0] } ?? sheetUnitFactor
                let value = raw * factor
                if value < 0 {
                    report(.negativeAmount, column, "金额不能为负数：“\(cell(column)?.text ?? raw.plainString)”")
                    return nil
                }
                guard StoredAmount.encode(value, in: Self.tenThousandYuan) != nil else {
                    report(.tooPrecise, column, "“\(cell(column)?.text ?? raw.plainString)”小数位数过多或数值过大（最多精确到元的4位小数）")
                    return nil
                }
                return value
            }
        }
        func date(_ column: ProjectSheetColumn) -> CalendarDate? {
            switch ProjectSheetDate.read(cell(column)) {
            case .missing: return nil
            case .value(let day): return day
            case .problem(let reason):
                report(.invalidDate, column, reason)
                return nil
            }
        }

        // Identity: code and name, unique code within the file.
        let code = header.position(of: .code) == nil ? nil : text(.code)
        if header.position(of: .code) != nil && code == nil { report(.missingValue, .code, "项目编号为空") }
        let name = text(.name)
        if name == nil { report(.missingValue, .name, "项目名称为空") }
        if let code {
            if let first = firstRowByCode[code] {
                report(.duplicateRow, .code, "第\(first)行和第\(number)行的项目编号都是“\(code)”：同一文件中每个项目只能填写一行")
            } else {
                firstRowByCode[code] = number
            }
        }

        var orgUnitID = defaultOrgUnitID
        if let orgText = text(.orgUnit) {
            if let unit = resolveOrgUnit(orgText) {
                orgUnitID = unit.id
            } else {
                report(.unknownOrgUnit, .orgUnit, "找不到单位“\(orgText)”")
                orgUnitID = nil
            }
        } else if header.position(of: .orgUnit) != nil && defaultOrgUnitID == nil {
            report(.missingOrgUnit, .orgUnit, "所属单位为空")
        }

        var stage = ProjectStage.signed
        if header.position(of: .stage) != nil {
            let accepted = ProjectStage.allCases.map(\.displayName).joined(separator: "、")
            if let stageText = text(.stage) {
                if let parsed = ProjectStage(displayName: ProjectSheetText.squeeze(stageText)) {
                    stage = parsed
                } else {
                    report(.unknownName, .stage, "建设阶段“\(stageText)”无法识别，应填写：\(accepted)")
                }
            } else {
                report(.missingValue, .stage, "建设阶段为空，应填写：\(accepted)")
            }
        }

        var nature: ConstructionNature?
        if let natureText = text(.constructionNature) {
            nature = ConstructionNature(displayName: ProjectSheetText.squeeze(natureText))
            if nature == nil {
                let accepted = ConstructionNature.allCases.map(\.displayName).joined(separator: "、")
                report(.unknownName, .constructionNature, "建设性质“\(natureText)”无法识别，应填写：\(accepted)")
            }
        }

        var levels: Set<ProjectLevel> = []
        if let levelText = text(.levels) {
            switch ProjectLevel.parseList(levelText) {
            case .success(let parsed): levels = parsed
            case .failure(let unknown):
                let accepted = ProjectLevel.allCases.map(\.displayName).joined(separator: "、")
                report(
                    .unknownName, .levels, "项目级别“\(unknown.name)”无法识别，应填写：\(accepted)（可填多个，用顿号分隔）")
            }
        }

        let plannedInvestment = amount(.plannedInvestment)
        let annualPlan = amount(.annualPlan)
        let yearToDate = amount(.yearToDateCompleted)
        let monthCompleted = amount(.monthCompleted)
        let contractValue = amount(.contractValue)
        if let monthCompleted, let yearToDate, monthCompleted > yearToDate {
            report(
                .inconsistentFigures, .monthCompleted,
                "本月完成投资（\(monthCompleted.plainString)）大于今年累计完成投资（\(yearToDate.plainString)）")
        }

        let plannedStart = date(.plannedStart)
        let plannedCompletion = date(.plannedCompletion)
        if let plannedStart, let plannedCompletion, plannedCompletion < plannedStart {
            report(
                .inconsistentFigures, .plannedCompletion,
                "计划竣工时间（\(plannedCompletion)）早于计划开工时间（\(plannedStart)）")
        }

        guard result.problems.count == problemCountBefore, let name, let orgUnitID else { return }
        var annualPlans: [Int: Decimal] = [:]
        if let annualPlan, let year { annualPlans[year] = annualPlan }
        let project = Project(
            code: code ?? "", name: name, orgUnitID: orgUnitID, stage: stage, investor: text(.investor),
            industryChain: text(.industryChain), levels: levels, constructionNature: nature,
            projectType: text(.projectType), content: text(.content), contractValue: contractValue,
            plannedInvestment: plannedInvestment, annualPlans: annualPlans, plannedStart: plannedStart,
            plannedCompletion: plannedCompletion, liaisonLeaders: ProjectSheetText.names(text(.liaisonLeaders)),
            responsibleUnit: text(.responsibleUnit), serviceUnit: text(.serviceUnit))
        result.rows.append(
            ProjectSheetRow(
                number: number, project: project,
                progress: ProjectSheetProgress(
                    completedInvestment: monthCompleted, progressNote: text(.progressNote),
                    problemNote: text(.problemNote)),
                yearToDateCompleted: yearToDate))
    }
}
