/// A place in a template's text: line and column, both counted from 1 in characters as the writer sees them.
public struct TemplatePosition: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// How serious a template issue is: an error stops the template from being saved or filled, a warning (a mask
/// such as XX left in the wording) is shown but only blocks the finished report.
public enum TemplateIssueSeverity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// One problem found in a template, with where it is, a Chinese message and the closest correct spellings.
public struct TemplateIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    public var position: TemplatePosition
    public var message: String
    /// "您是不是要写：…" candidates, best first; empty when there is nothing close.
    public var suggestions: [String]
    public var severity: TemplateIssueSeverity

    public init(
        _ position: TemplatePosition, _ message: String, suggestions: [String] = [],
        severity: TemplateIssueSeverity = .error
    ) {
        self.position = position
        self.message = message
        self.suggestions = suggestions
        self.severity = severity
    }

    public var line: Int { position.line }
    public var column: Int { position.column }

    /// "第3行第5列：不认识“地区生产总直”。您是不是要写：地区生产总值？"
    public var description: String {
        var text = "第\(position.line)行第\(position.column)列：\(message)"
        if !suggestions.isEmpty { text += "您是不是要写：" + suggestions.joined(separator: "、") + "？" }
        return text
    }
}

/// A template that does not parse or names things that do not exist: every issue found, in text order.
public struct TemplateCheckError: Error, Sendable, Hashable, CustomStringConvertible {
    public var issues: [TemplateIssue]

    public init(issues: [TemplateIssue]) { self.issues = issues }

    public var description: String {
        "模板有\(issues.count)处错误：\n" + issues.map(\.description).joined(separator: "\n")
    }
}

/// A place the ledgers could not fill: the expression as written and why it stayed empty.
public struct UnfilledSlot: Sendable, Hashable, Codable, CustomStringConvertible {
    public var position: TemplatePosition
    /// The expression as the writer typed it, with its brackets: "【地区生产总值 增速】".
    public var expression: String
    /// Why, in Chinese: "台账中没有高新区2024年1—10月的地区生产总值同比增速".
    public var reason: String

    public init(position: TemplatePosition, expression: String, reason: String) {
        self.position = position
        self.expression = expression
        self.reason = reason
    }

    public var description: String { "第\(position.line)行第\(position.column)列\(expression)：\(reason)" }
}

/// Why a report could not be produced: slots the ledgers could not fill and masks (XX, ***) left in the text.
/// A report never leaves with a blank, so either list being non-empty stops it.
public struct TemplateEvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var unfilled: [UnfilledSlot]
    public var masks: [TemplateIssue]

    public init(unfilled: [UnfilledSlot], masks: [TemplateIssue]) {
        self.unfilled = unfilled
        self.masks = masks
    }

    public var description: String {
        var lines: [String] = []
        if !unfilled.isEmpty {
            lines.append("报告还有\(unfilled.count)处没有数据，不能生成：")
            lines += unfilled.map(\.description)
        }
        if !masks.isEmpty {
            lines.append("正文中还有\(masks.count)处未替换的占位符：")
            lines += masks.map(\.description)
        }
        return lines.joined(separator: "\n")
    }
}
