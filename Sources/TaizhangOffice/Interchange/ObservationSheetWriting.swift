import Foundation
import TaizhangCore

extension ObservationSheet {
    /// Name of the data sheet in templates and exports.
    public static let dataSheetName = "指标数据"

    /// Writes the import template: the header, one row per indicator for the first org unit and `month`
    /// (values left blank to fill in), a drop-down of indicator names, and a 填写说明 sheet.
    public static func writeTemplate(
        to url: URL, indicators: [Indicator], orgUnits: [OrgUnit], month: YearMonth
    ) throws {
        let writer = try XLSXWriter(url: url)
        let ordered = indicators.sorted { ($0.sortOrder, $0.code) < ($1.sortOrder, $1.code) }
        let lastRow = max(ordered.count + 1, 500)
        var validations = [
            XLSXListValidation(
                column: columnIndex(.indicatorName), firstRow: 2, lastRow: lastRow, values: ordered.map(\.name))
        ]
        let units = orgUnits.filter { !$0.isArchived }
        if !units.isEmpty {
            validations.append(
                XLSXListValidation(
                    column: columnIndex(.orgUnitName), firstRow: 2, lastRow: lastRow, values: units.map(\.name)))
        }
        let sheet = try writer.addSheet(
            name: dataSheetName, columns: layout(indicators: ordered, orgUnits: units),
            header: columns.map(\.header), validations: validations)
        if let unit = units.first {
            for indicator in ordered {
                try sheet.appendRow(
                    row(orgUnit: unit, indicator: indicator, month: month, observation: nil))
            }
        }
        try writer.addInstructionsSheet(title: "指标值导入模板填写说明", lines: instructions(month: month))
        try writer.finish()
    }

    /// Writes observations in the template's layout, so that the file re-imports unchanged. Observations whose
    /// org unit or indicator is not given are left out.
    public static func writeExport(
        to url: URL, observations: [Observation], indicators: [Indicator], orgUnits: [OrgUnit]
    ) throws {
        let writer = try XLSXWriter(url: url)
        let indicatorByCode = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let orgUnitByID = Dictionary(orgUnits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sheet = try writer.addSheet(
            name: dataSheetName, columns: layout(indicators: indicators, orgUnits: orgUnits),
            header: columns.map(\.header))
        for observation in sorted(observations, indicators: indicatorByCode, orgUnits: orgUnitByID) {
            guard let indicator = indicatorByCode[observation.indicatorCode],
                let unit = orgUnitByID[observation.orgUnitID]
            else { continue }
            try sheet.appendRow(
                row(orgUnit: unit, indicator: indicator, month: observation.month, observation: observation))
        }
        try writer.finish()
    }

    /// The same export as CSV (UTF-8 with BOM by default, or GB18030).
    public static func exportCSV(
        observations: [Observation], indicators: [Indicator], orgUnits: [OrgUnit], encoding: CSVEncoding = .utf8BOM
    ) -> Data {
        let indicatorByCode = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let orgUnitByID = Dictionary(orgUnits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var writer = CSVWriter(encoding: encoding)
        writer.appendRow(columns.map(\.header))
        for observation in sorted(observations, indicators: indicatorByCode, orgUnits: orgUnitByID) {
            guard let indicator = indicatorByCode[observation.indicatorCode],
                let unit = orgUnitByID[observation.orgUnitID]
            else { continue }
            writer.appendRow(
                row(orgUnit: unit, indicator: indicator, month: observation.month, observation: observation).map {
                    switch $0 {
                    case .text(let text): text
                    case .number(let value): value.plainString
                    default: ""
                    }
                })
        }
        return writer.data()
    }

    static func columnIndex(_ column: ObservationColumn) -> Int { columns.firstIndex(of: column)! }

    private static func sorted(
        _ observations: [Observation], indicators: [String: Indicator], orgUnits: [Int64: OrgUnit]
    ) -> [Observation] {
        observations.sorted { a, b in
            let orgA = orgUnits[a.orgUnitID]?.sortOrder ?? 0
            let orgB = orgUnits[b.orgUnitID]?.sortOrder ?? 0
            if orgA != orgB { return orgA < orgB }
            if a.orgUnitID != b.orgUnitID { return a.orgUnitID < b.orgUnitID }
            if a.month != b.month { return a.month < b.month }
            let indicatorA = indicators[a.indicatorCode]?.sortOrder ?? 0
            let indicatorB = indicators[b.indicatorCode]?.sortOrder ?? 0
            if indicatorA != indicatorB { return indicatorA < indicatorB }
            return a.indicatorCode < b.indicatorCode
        }
    }

    private static func row(
        orgUnit: OrgUnit, indicator: Indicator, month: YearMonth, observation: Observation?
    ) -> [XLSXWriteValue] {
        columns.map { column in
            switch column {
            case .orgUnitCode: .text(orgUnit.code)
            case .orgUnitName: .text(orgUnit.name)
            case .indicatorCode: .text(indicator.code)
            case .indicatorName: .text(indicator.name)
            case .unit: .text(indicator.unit.symbol)
            case .month: .text(month.description)
            case .monthly: observation?.monthly.map(XLSXWriteValue.number) ?? .empty
            case .cumulative: observation?.cumulative.map(XLSXWriteValue.number) ?? .empty
            case .priorCumulative: observation?.priorCumulative.map(XLSXWriteValue.number) ?? .empty
            case .publishedGrowth: observation?.publishedGrowth.map(XLSXWriteValue.number) ?? .empty
            case .note: observation?.note.map(XLSXWriteValue.text) ?? .empty
            }
        }
    }

    /// Widths fitted to the headers and names; code, name and month columns are text ("@") so that Excel keeps
    /// "2024-03" and codes such as "001" as typed.
    private static func layout(indicators: [Indicator], orgUnits: [OrgUnit]) -> [XLSXColumn] {
        columns.map { column in
            let header = column.header
            switch column {
            case .orgUnitCode:
                return XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: [header] + orgUnits.map(\.code)), numberFormat: "@")
            case .orgUnitName:
                return XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: [header] + orgUnits.map(\.name)), numberFormat: "@")
            case .indicatorCode:
                return XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: [header] + indicators.map(\.code)), numberFormat: "@")
            case .indicatorName:
                return XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: [header] + indicators.map(\.name)), numberFormat: "@")
            case .unit:
                return XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: [header] + indicators.map(\.unit.symbol)), numberFormat: "@")
            case .month:
                return XLSXColumn(width: 10, numberFormat: "@")
            case .monthly, .cumulative, .priorCumulative, .publishedGrowth:
                return XLSXColumn(width: max(XLSXColumn.fittingWidth(for: [header]), 14))
            case .note:
                return XLSXColumn(width: 30)
            }
        }
    }

    static func instructions(month: YearMonth) -> [String] {
        [
            "1. 每行填写一个组织、一个指标、一个月份的数据。“组织编码”和“组织名称”至少填一项，“指标编码”和“指标名称”至少填一项；两项都填时必须一致。",
            "2. 月份写成“\(month)”或“\(month.year)年\(month.month)月”，也可以填写日期。",
            "3. “本月值”“累计值”“上年同期累计值”按“计量单位”列的单位填写数字，可以带千分位逗号（如 1,234.56），不要写“万”“亿”等文字，也不要写百分号。",
            "4. “公布增速(%)”填写统计部门公布的同比增速，单位为%，如 6.5 或 6.5%；下降填负数，如 -2.3。",
            "5. 没有数据的格子留空，或填“—”“-”“/”。整行没有填数的行导入时会被跳过。",
            "6. 同一组织、同一指标、同一月份只能出现一行。",
            "7. 数值最多精确到基本单位（元）的 4 位小数。",
            "8. 可以调整列的顺序，可以删除不需要的列，但请保留表头名称。导入时只要有一行出错，整个文件都不会导入，系统会列出每一处错误的行和列。",
            "9. 也可以另存为 CSV 导入，UTF-8 或 GBK/GB18030 编码均可。",
        ]
    }
}
