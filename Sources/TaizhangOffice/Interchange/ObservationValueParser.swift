import Foundation
import TaizhangCore

/// Reads figures and months from import cells in the forms offices type them: "1,234.56", " 12 ", full-width
/// digits, "—" for nothing, "12.3%" for growth, "2024年3月" or a date cell for the month.
enum ObservationValueParser {
    /// A figure cell read: nothing, a value, or a problem with its reason.
    enum Figure: Equatable {
        case missing
        /// A value with, where known, its shape from parsing (see `DecimalLiteral.parseWithShape`).
        case value(Decimal, shape: Shape?)
        case problem(ImportProblem.Kind, String)
    }

    /// The exponent of a parsed value's last significant digit and its count of digits before the point.
    struct Shape: Equatable {
        let exponent: Int
        let integerDigits: Int
    }

    /// Texts that mean "no figure".
    static let missingMarkers: Set<String> = ["", "-", "--", "—", "——", "–", "/", "／", "－", "\\"]

    /// A figure from a cell. A percent value ("12.3%", or a number cell formatted as a percentage) is taken as
    /// the percentage shown only where `acceptsPercent`; elsewhere it is refused, being a rate in a value column.
    static func figure(_ cell: SheetCell?, acceptsPercent: Bool) -> Figure {
        guard let cell else { return .missing }
        switch cell {
        case .number(let literal, let isPercent):
            guard
                let parsed = DecimalLiteral.parseWithShape(
                    Substring(literal).utf8, significantDigits: DecimalLiteral.excelPrecision)
            else {
                return .problem(.notANumber, "“\(literal)”不是数字")
            }
            if isPercent {
                guard acceptsPercent else {
                    return .problem(.percentNotAllowed, "“\(cell.text)”是百分数，本列应填写数值而不是百分比")
                }
                return .value(parsed.value * 100, shape: nil)
            }
            return .value(parsed.value, shape: Shape(exponent: parsed.exponent, integerDigits: parsed.integerDigits))
        case .text(let text):
            return figure(text: text, acceptsPercent: acceptsPercent)
        case .date:
            return .problem(.notANumber, "“\(cell.text)”是日期，不是数字")
        case .bool:
            return .problem(.notANumber, "“\(cell.text)”不是数字")
        case .error(let code):
            return .problem(.notANumber, "单元格是错误值“\(code)”，不是数字")
        }
    }

    static func figure(text original: String, acceptsPercent: Bool) -> Figure {
        var folded = String.UnicodeScalarView()
        for scalar in original.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            if value == 0x2212 { value = 0x2D }  // minus sign
            guard let s = Unicode.Scalar(value) else { continue }
            if s.properties.isWhitespace || s == "\u{00A0}" || s == "\u{200B}" { continue }
            folded.append(s)
        }
        var text = String(folded)
        if missingMarkers.contains(text) { return .missing }
        if text.hasSuffix("%") {
            guard acceptsPercent else {
                return .problem(.percentNotAllowed, "“\(original)”是百分数，本列应填写数值而不是百分比")
            }
            text.removeLast()
        }
        if text.contains(",") {
            guard isGrouped(text) else { return .problem(.notANumber, "“\(original)”不是数字") }
            text.removeAll { $0 == "," }
        }
        guard let parsed = DecimalLiteral.parseWithShape(Substring(text).utf8) else {
            return .problem(.notANumber, "“\(original)”不是数字")
        }
        return .value(parsed.value, shape: Shape(exponent: parsed.exponent, integerDigits: parsed.integerDigits))
    }

    /// Whether commas group thousands correctly: "1,234.56", "-12,345,678".
    private static func isGrouped(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let integerPart = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 } && groups.allSatisfy { $0.allSatisfy(\.isASCII) }
    }

    /// A month cell read: nothing, a month, or the reason it is not one.
    enum Month: Equatable {
        case missing
        case value(YearMonth)
        case problem(String)
    }

    /// A month from "2024-03", "2024-3", "2024年3月", "202403", "2024/3", "2024.03", a date text or a date cell.
    static func month(_ cell: SheetCell?) -> Month {
        guard let cell else { return .missing }
        switch cell {
        case .date(let year, let month, _):
            return YearMonth(year: year, month: month).map(Month.value) ?? .problem("“\(cell.text)”不是有效的月份")
        case .number(let literal, _):
            if literal.count == 6, let key = Int(literal), let month = YearMonth(key: key) { return .value(month) }
            return .problem("“\(cell.text)”不是有效的月份，请写成“2024-03”或“2024年3月”")
        case .text(let text):
            return month(text: text)
        case .bool, .error:
            return .problem("“\(cell.text)”不是有效的月份，请写成“2024-03”或“2024年3月”")
        }
    }

    static func month(text original: String) -> Month {
        var digitsAndSeparators = String.UnicodeScalarView()
        for scalar in original.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            guard let s = Unicode.Scalar(value) else { continue }
            if s.properties.isWhitespace { continue }
            digitsAndSeparators.append(s)
        }
        let text = String(digitsAndSeparators)
        if text.isEmpty || missingMarkers.contains(text) { return .missing }
        let invalid = Month.problem("“\(original)”不是有效的月份，请写成“2024-03”或“2024年3月”")
        guard text.allSatisfy({ $0.isASCII && $0.isNumber || "-/.年月日".contains($0) }) else { return invalid }
        let groups = text.split(whereSeparator: { !($0.isASCII && $0.isNumber) })
        if groups.count == 1, groups[0].count == 6, let key = Int(groups[0]) {
            return YearMonth(key: key).map(Month.value) ?? invalid
        }
        guard (2...3).contains(groups.count), groups[0].count == 4, (1...2).contains(groups[1].count),
            let year = Int(groups[0]), let month = Int(groups[1]), let value = YearMonth(year: year, month: month)
        else { return invalid }
        return .value(value)
    }
}
