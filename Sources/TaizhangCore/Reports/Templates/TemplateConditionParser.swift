import Foundation

/// Reads 【#如果 左边 比较 右边】: either side an expression or a number; the comparison written as > < >= <=
/// = ≠ (full-width too) or 高于 低于 不低于 不高于 等于.
struct TemplateConditionParser {
    let catalogue: IndicatorCatalogue
    let inLoop: Bool

    static let spelled: [(String, TemplateCondition.Comparison)] = [
        (">=", .greaterOrEqual), ("<=", .lessOrEqual), ("≥", .greaterOrEqual), ("≤", .lessOrEqual),
        ("＞＝", .greaterOrEqual), ("＜＝", .lessOrEqual), ("!=", .notEqual), ("≠", .notEqual), ("==", .equal),
        ("不低于", .greaterOrEqual), ("不高于", .lessOrEqual), ("高于", .greater), ("低于", .less), ("大于", .greater),
        ("小于", .less), ("等于", .equal), (">", .greater), ("<", .less), ("＞", .greater), ("＜", .less),
        ("=", .equal), ("＝", .equal),
    ]

    func parse(
        _ text: String, _ content: String, at position: TemplatePosition, issues: inout [TemplateIssue]
    )
        -> TemplateCondition?
    {
        let source = "【" + content + "】"
        guard let (left, comparison, right) = split(text) else {
            issues.append(
                TemplateIssue(
                    position, "“\(source)”里没有比较符号（> < = ≥ ≤ ≠ 高于 低于）。",
                    suggestions: ["#如果 地区生产总值 增速 > 全市 地区生产总值 增速"]))
            return nil
        }
        let l = operand(left, at: position, issues: &issues)
        let r = operand(right, at: position, issues: &issues)
        guard let l, let r else { return nil }
        return TemplateCondition(left: l, comparison: comparison, right: r, position: position, source: source)
    }

    /// A stand-alone comparison word wins; "=" glued to words is a filter (级别=省重点), not a comparison.
    private func split(_ text: String) -> (String, TemplateCondition.Comparison, String)? {
        let words = text.templateWords
        for (index, word) in words.enumerated() {
            if let found = Self.spelled.first(where: { $0.0 == word }) {
                return (words[..<index].joined(separator: " "), found.1, words[(index + 1)...].joined(separator: " "))
            }
        }
        for (symbol, comparison) in Self.spelled where symbol != "=" && symbol != "＝" && symbol != "==" {
            if let range = text.range(of: symbol) {
                return (String(text[..<range.lowerBound]), comparison, String(text[range.upperBound...]))
            }
        }
        return nil
    }

    private func operand(
        _ text: String, at position: TemplatePosition, issues: inout [TemplateIssue]
    ) -> TemplateCondition.Operand? {
        let trimmed = text.trimmedTemplateSpace
        let number = trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed
        if let value = Decimal(exactly: number) { return .number(value) }
        guard !trimmed.isEmpty else {
            issues.append(TemplateIssue(position, "比较符号的两边都要有内容。"))
            return nil
        }
        let (expression, found) = TemplateExpressionParser(catalogue: catalogue, inLoop: inLoop)
            .parse(trimmed, at: position, allowHelpers: false)
        issues += found
        return expression.map { .expression($0) }
    }
}
