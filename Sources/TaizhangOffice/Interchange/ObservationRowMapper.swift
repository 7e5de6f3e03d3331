import Foundation
import TaizhangCore

/// Turns the rows of one sheet into observations: finds the header, then checks and maps each row, collecting
/// every problem. Fed row by row so a workbook is never held whole.
final class ObservationRowMapper {
    private let fileName: String
    private let sheetName: String?
    private let mentionsSheet: Bool
    private let resolveOrgUnitText: (String) -> OrgUnit?
    private let resolveIndicatorText: (String) -> Indicator?
    /// Answers already given, by cell text: a sheet repeats a few dozen names over many thousands of rows.
    private var orgUnitsByText: [String: OrgUnit?] = [:]
    private var indicatorsByText: [String: Indicator?] = [:]
    private let suggestIndicator: ((String) -> [String])?
    private let defaultMonth: YearMonth?

    private var header: ObservationHeader?
    private var rowsBeforeHeader = 0
    /// Rows scanned for a header before giving up (title rows, notes above the table).
    static let headerSearchRows = 30
    private var firstRowKeys: [ObservationKey: Int] = [:]
    private let percentUnit = IndicatorUnit(symbol: "%")

    private(set) var result: ObservationSheetParse
    /// Where good observations go while the sheet is still being read, so the caller can store them meanwhile.
    private let batches: ObservationBatches?

    private struct ObservationKey: Hashable {
        let orgUnitID: Int64
        let indicatorCode: String
        let month: Int
    }

    init(
        fileName: String, sheetName: String?, mentionsSheet: Bool, encoding: CSVEncoding?,
        resolveOrgUnit: @escaping (String) -> OrgUnit?, resolveIndicator: @escaping (String) -> Indicator?,
        suggestIndicator: ((String) -> [String])?, defaultMonth: YearMonth?, batches: ObservationBatches? = nil
    ) {
        self.batches = batches
        self.fileName = fileName
        self.sheetName = sheetName
        self.mentionsSheet = mentionsSheet
        self.resolveOrgUnitText = resolveOrgUnit
        self.resolveIndicatorText = resolveIndicator
        self.suggestIndicator = suggestIndicator
        self.defaultMonth = defaultMonth
        result = ObservationSheetParse(fileName: fileName, sheetName: sheetName, encoding: encoding)
    }

    private func resolveOrgUnit(_ text: String) -> OrgUnit? {
        if let known = orgUnitsByText[text] { return known }
        let found = resolveOrgUnitText(text)
        orgUnitsByText[text] = found
        return found
    }

    private func resolveIndicator(_ text: String) -> Indicator? {
        if let known = indicatorsByText[text] { return known }
        let found = resolveIndicatorText(text)
        indicatorsByText[text] = found
        return found
    }

    /// Feeds one row: its 1-based number and its non-empty cells by 0-based column.
    func feed(number: Int, cells: [(column: Int, cell: SheetCell)]) {
        guard let header else {
            guard rowsBeforeHeader <= Self.headerSearchRows else { return }
            rowsBeforeHeader += 1
            let candidate = ObservationHeader(cells: cells.map { ($0.column, $0.cell.trimmedText) })
            if candidate.looksLikeHeader { accept(candidate, row: number) }
            return
        }
        var values = [SheetCell?](repeating: nil, count: header.width)
        var hasContent = false
        for (column, cell) in cells where column < values.count {
            if case .text(let text) = cell, SheetCell.isBlank(text) { continue }
            values[column] = cell
            hasContent = true
        }
        guard hasContent else { return }
        result.rowCount += 1
        mapRow(number: number, values: values, header: header)
    }

    /// Closes the sheet: reports a missing header.
    func finish() -> ObservationSheetParse {
        deliverBatch(force: true)
        if header == nil {
            let reason =
                rowsBeforeHeader == 0
                ? "没有数据"
                : "找不到表头：表头行须包含“组织编码”或“组织名称”、“指标编码”或“指标名称”，以及“本月值”“累计值”等至少一个数值列"
            result.problems.append(
                problem(rowsBeforeHeader == 0 ? .emptyFile : .headerNotFound, row: nil, reason: reason))
        }
        return result
    }

    private func accept(_ candidate: ObservationHeader, row: Int) {
        header = candidate
        for (column, first, second) in candidate.duplicates {
            result.problems.append(
                problem(
                    .duplicateColumn, row: row, column: second, header: candidate.texts[second],
                    reason: "与\(ColumnLetters.letters(first))列重复，都是“\(column.shortName)”列"))
        }
        if candidate.columns[.month] == nil && defaultMonth == nil {
            result.problems.append(problem(.missingColumn, row: row, reason: "缺少“月份”列"))
        }
    }

    private func problem(
        _ kind: ImportProblem.Kind, row: Int?, column: Int? = nil, header: String? = nil, reason: String
    ) -> ImportProblem {
        ImportProblem(
            kind: kind, fileName: fileName, sheetName: sheetName, mentionsSheet: mentionsSheet, row: row,
            column: column.map(ColumnLetters.letters), header: header, reason: reason)
    }

    private func mapRow(number: Int, values: [SheetCell?], header: ObservationHeader) {
        let problemCountBefore = result.problems.count
        func cell(_ column: ObservationColumn) -> SheetCell? {
            guard let index = header.position(of: column) else { return nil }
            return values[index]
        }
        func report(_ kind: ImportProblem.Kind, _ column: ObservationColumn?, _ reason: String) {
            let index = column.flatMap { header.position(of: $0) }
            result.problems.append(
                problem(kind, row: number, column: index, header: index.flatMap { header.texts[$0] }, reason: reason))
        }

        // Org unit: the code wins when both are given, and both must agree.
        let orgCode = cell(.orgUnitCode)?.trimmedText ?? ""
        let orgName = cell(.orgUnitName)?.trimmedText ?? ""
        var orgUnit: OrgUnit?
        if !orgCode.isEmpty {
            orgUnit = resolveOrgUnit(orgCode)
            if orgUnit == nil { report(.unknownOrgUnit, .orgUnitCode, "找不到组织编码“\(orgCode)”") }
        }
        if !orgName.isEmpty {
            let byName = resolveOrgUnit(orgName)
            if orgCode.isEmpty {
                orgUnit = byName
                if byName == nil { report(.unknownOrgUnit, .orgUnitName, "找不到组织“\(orgName)”") }
            } else if let orgUnit, let byName, byName.id != orgUnit.id {
                report(.orgUnitMismatch, .orgUnitName, "组织名称“\(orgName)”与组织编码“\(orgCode)”（\(orgUnit.name)）不一致")
            }
        }
        if orgCode.isEmpty && orgName.isEmpty {
            report(
                .missingOrgUnit, header.position(of: .orgUnitCode) != nil ? .orgUnitCode : .orgUnitName, "组织编码和组织名称都为空")
        }

        // Indicator: likewise, with suggestions for an unknown name.
        let indicatorCode = cell(.indicatorCode)?.trimmedText ?? ""
        let indicatorName = cell(.indicatorName)?.trimmedText ?? ""
        var indicator: Indicator?
        if !indicatorCode.isEmpty {
            indicator = resolveIndicator(indicatorCode)
            if indicator == nil {
                report(
                    .unknownIndicator, .indicatorCode,
                    "找不到指标编码“\(indicatorCode)”"
                        + suggestions(for: indicatorName.isEmpty ? indicatorCode : indicatorName))
            }
        }
        if !indicatorName.isEmpty {
            let byName = resolveIndicator(indicatorName)
            if indicatorCode.isEmpty {
                indicator = byName
                if byName == nil {
                    report(
                        .unknownIndicator, .indicatorName, "找不到指标“\(indicatorName)”" + suggestions(for: indicatorName))
                }
            } else if let indicator, let byName, byName.code != indicator.code {
                report(
                    .indicatorMismatch, .indicatorName,
                    "指标名称“\(indicatorName)”与指标编码“\(indicatorCode)”（\(indicator.name)）不一致")
            }
        }
        if indicatorCode.isEmpty && indicatorName.isEmpty {
            report(
                .missingIndicator, header.position(of: .indicatorCode) != nil ? .indicatorCode : .indicatorName,
                "指标编码和指标名称都为空")
        }

        if let indicator, let unitText = cell(.unit)?.trimmedText, !unitText.isEmpty {
            if unitText != indicator.unit.symbol
                && ObservationHeader.normaliseUnit(unitText) != ObservationHeader.normaliseUnit(indicator.unit.symbol)
            {
                report(
                    .unitMismatch, .unit,
                    "计量单位“\(unitText)”与指标“\(indicator.name)”的单位“\(indicator.unit.symbol)”不一致，请按“\(indicator.unit.symbol)”填写"
                )
            }
        }

        var month: YearMonth? = defaultMonth
        switch parseMonth(cell(.month)) {
        case .value(let parsed): month = parsed
        case .missing:
            if month == nil && header.position(of: .month) != nil { report(.missingMonth, .month, "月份为空") }
        case .problem(let reason): report(.invalidMonth, .month, reason)
        }

        let valueUnit = indicator?.unit
        let acceptsPercentInValues = valueUnit?.symbol == "%"
        var figures: [Decimal?] = [nil, nil, nil, nil]
        for (slot, column) in Self.figureColumns.enumerated() {
            guard header.position(of: column) != nil else { continue }
            let isGrowth = column == .publishedGrowth
            switch ObservationValueParser.figure(cell(column), acceptsPercent: isGrowth || acceptsPercentInValues) {
            case .missing: break
            case .problem(let kind, let reason): report(kind, column, reason)
            case .value(let value, let shape):
                let unit = isGrowth ? percentUnit : valueUnit
                if let unit, !fitsStore(value, shape: shape, unit: unit) {
                    report(
                        .tooPrecise, column,
                        "“\(cell(column)?.text ?? value.plainString)”小数位数过多或数值过大（最多精确到\(unit.baseSymbol)的4位小数）")
                } else {
                    figures[slot] = value
                }
            }
        }
        let noteText = cell(.note)?.trimmedText ?? ""
        let note = noteText.isEmpty ? nil : noteText

        guard result.problems.count == problemCountBefore, let orgUnit, let indicator, let month else { return }
        if figures.allSatisfy({ $0 == nil }) && note == nil {
            result.skippedRowCount += 1
            return
        }
        let key = ObservationKey(orgUnitID: orgUnit.id, indicatorCode: indicator.code, month: month.key)
        if let first = firstRowKeys[key] {
            report(
                .duplicateRow, nil,
                "与第\(first)行重复：同一组织（\(orgUnit.name)）、指标（\(indicator.name)）和月份（\(month)）只能填写一行")
            return
        }
        firstRowKeys[key] = number
        result.observations.append(
            Observation(
                indicatorCode: indicator.code, orgUnitID: orgUnit.id, month: month, monthly: figures[0],
                cumulative: figures[1], priorCumulative: figures[2], publishedGrowth: figures[3], note: note))
        result.sourceRows.append(number)
        deliverBatch(force: false)
    }

    /// Hands the observations read so far to `batches` once there are enough of them — and only while the file
    /// has no problem, since a file with one will not be stored at all.
    private func deliverBatch(force: Bool) {
        guard let batches, result.problems.isEmpty, !result.observations.isEmpty,
            force || result.observations.count >= batches.size
        else { return }
        batches.deliver(result.observations)
        result.observations.removeAll(keepingCapacity: true)
        result.sourceRows.removeAll(keepingCapacity: true)
    }

    /// Month texts repeat on almost every row: remember what each one parsed to.
    private var monthCache: [String: ObservationValueParser.Month] = [:]

    private func parseMonth(_ cell: SheetCell?) -> ObservationValueParser.Month {
        guard case .text(let text) = cell else { return ObservationValueParser.month(cell) }
        if let known = monthCache[text] { return known }
        let parsed = ObservationValueParser.month(cell)
        if monthCache.count < 10_000 { monthCache[text] = parsed }
        return parsed
    }

    /// Whether a figure fits the store: four decimal places of the base unit and the Int64 range. The quick
    /// test covers what people type; anything else is settled by `StoredAmount.encode` itself.
    private func fitsStore(
        _ value: Decimal, shape: ObservationValueParser.Shape?, unit: IndicatorUnit
    ) -> Bool {
        let digitsOfFactor: Int?
        if let known = factorDigits[unit] {
            digitsOfFactor = known
        } else {
            digitsOfFactor = Self.powerOfTen(unit.factorToBase)
            factorDigits[unit] = digitsOfFactor
        }
        // With at most 4 decimals the scaled value is whole, and below 10^(digits + factor + 4) ≤ 10¹⁸ it is far
        // from Int64.max: no decimal arithmetic needed.
        if let digitsOfFactor, let shape, shape.exponent >= -4, shape.integerDigits + digitsOfFactor <= 14 {
            return true
        }
        return StoredAmount.encode(value, in: unit) != nil
    }
    private var factorDigits: [IndicatorUnit: Int?] = [:]

    /// n when `value` is 10ⁿ (n ≥ 0), else nil.
    private static func powerOfTen(_ value: Decimal) -> Int? {
        var probe = Decimal(1)
        for n in 0...18 {
            if probe == value { return n }
            probe *= 10
        }
        return nil
    }
    private static let figureColumns: [ObservationColumn] = [.monthly, .cumulative, .priorCumulative, .publishedGrowth]

    private func suggestions(for text: String) -> String {
        guard let suggestIndicator else { return "" }
        let names = suggestIndicator(text).prefix(5)
        guard !names.isEmpty else { return "" }
        return "。您是不是要找：" + names.map { "“\($0)”" }.joined(separator: "、") + "？"
    }
}

extension ObservationHeader {
    /// Units compare after folding full-width forms and spaces ("万 元" = "万元").
    static func normaliseUnit(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                    let value = scalar.value >= 0xFF01 && scalar.value <= 0xFF5E ? scalar.value - 0xFEE0 : scalar.value
                    guard let folded = Unicode.Scalar(value), !folded.properties.isWhitespace else { return nil }
                    return folded
                }))
    }
}
