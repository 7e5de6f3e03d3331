import Foundation

/// Reads the indicator catalogue's TSV format (`code name aliases unit kind growth`, aliases separated by `|`)
/// and applies the standard catalogue's presentation rules: decimals from the unit, the key dashboard
/// indicators, and the catalogue order as `sortOrder`.
public enum IndicatorCatalogueTSV {
    /// The expected header columns.
    public static let columns = ["code", "name", "aliases", "unit", "kind", "growth"]

    /// Codes shown on the dashboard (驾驶舱).
    public static let keyCodes: Set<String> = [
        "gdp", "industrial_output", "industrial_va", "fixed_asset_investment", "industrial_investment",
        "retail_sales", "foreign_trade", "budget_revenue", "tax_revenue", "domestic_capital", "foreign_capital",
        "urban_income",
    ]

    /// Parses the text; `sortOrder` is the position among data lines (1, 2, …), `decimals` the unit's
    /// `defaultDecimals`. Blank lines are skipped; CRLF line ends are accepted.
    public static func parse(_ text: String) throws(IndicatorCatalogueTSVError) -> [Indicator] {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        let header = lines.first.map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 } ?? ""
        guard header.components(separatedBy: "\t").map({ $0.trimmingCharacters(in: .whitespaces) }) == columns
        else { throw .badHeader(found: header) }

        var indicators: [Indicator] = []
        var firstLineOfCode: [String: Int] = [:]
        for (index, rawLine) in lines.enumerated().dropFirst() {
            let lineNumber = index + 1
            if rawLine.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let cells = rawLine.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == columns.count else {
                throw .wrongColumnCount(line: lineNumber, expected: columns.count, found: cells.count)
            }
            for (column, name) in [(1, "代码"), (2, "名称"), (4, "单位"), (5, "类型"), (6, "增速口径")]
            where cells[column - 1].isEmpty {
                throw .emptyCell(line: lineNumber, column: column, name: name)
            }
            let code = cells[0]
            guard isValidCode(code) else { throw .badCode(line: lineNumber, code: code) }
            if let first = firstLineOfCode[code] {
                throw .duplicateCode(line: lineNumber, code: code, firstLine: first)
            }
            firstLineOfCode[code] = lineNumber
            guard let kind = IndicatorKind(rawValue: cells[4]) else {
                throw .unknownKind(line: lineNumber, column: 5, value: cells[4])
            }
            guard let growth = GrowthBasis(rawValue: cells[5]) else {
                throw .unknownGrowth(line: lineNumber, column: 6, value: cells[5])
            }
            let aliases = cells[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let unit = IndicatorUnit(symbol: cells[3])
            indicators.append(
                Indicator(
                    code: code, name: cells[1], aliases: aliases, unit: unit, kind: kind, growth: growth,
                    decimals: unit.defaultDecimals, isKey: keyCodes.contains(code), isCustom: false,
                    sortOrder: indicators.count + 1))
        }
        return indicators
    }

    /// Lower-case ASCII letters, digits and underscores, starting with a letter.
    public static func isValidCode(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
