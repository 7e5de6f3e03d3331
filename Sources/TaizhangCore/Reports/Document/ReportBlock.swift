/// One block of a report body: a heading, a paragraph or a table.
public enum ReportBlock: Sendable, Equatable, Codable {
    case heading(ReportHeading)
    case paragraph(ReportParagraph)
    case table(ReportTable)
}

/// The four heading levels of an official document, each with its numbering style and typeface:
/// "一、" 黑体, "（一）" 楷体, "1." 仿宋 (bold by local custom), "（1）" 仿宋.
public enum HeadingLevel: Int, Sendable, Equatable, Codable, CaseIterable, Comparable {
    case one = 1, two, three, four

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A heading; its numbering ("一、") is part of the content as the writer typed it.
public struct ReportHeading: Sendable, Equatable, Codable {
    public var level: HeadingLevel
    public var content: [ReportInline]

    public init(level: HeadingLevel, content: [ReportInline]) {
        self.level = level
        self.content = content
    }
}

/// A body paragraph (first line indented two characters).
public struct ReportParagraph: Sendable, Equatable, Codable {
    public var content: [ReportInline]

    public init(content: [ReportInline]) {
        self.content = content
    }
}

/// A table of indicators or projects; amounts are already formatted, the unit stated once above the table.
public struct ReportTable: Sendable, Equatable, Codable {
    /// The caption above the table, e.g. "表1  主要经济指标完成情况".
    public var caption: String?
    /// The unit note at the top right, e.g. "单位：亿元、%".
    public var unitNote: String?
    public var header: [String]
    /// How each column is aligned; figures right, text left. Shorter than `header` means left for the rest.
    public var alignments: [ReportColumnAlignment]
    public var rows: [[ReportCell]]

    public init(
        caption: String? = nil, unitNote: String? = nil, header: [String],
        alignments: [ReportColumnAlignment] = [], rows: [[ReportCell]]
    ) {
        self.caption = caption
        self.unitNote = unitNote
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    public func alignment(ofColumn index: Int) -> ReportColumnAlignment {
        index < alignments.count ? alignments[index] : .leading
    }
}

/// The horizontal alignment of a table column.
public enum ReportColumnAlignment: String, Sendable, Equatable, Codable {
    case leading, center, trailing
}

/// One table cell.
public struct ReportCell: Sendable, Equatable, Codable {
    public var content: [ReportInline]

    public init(content: [ReportInline]) {
        self.content = content
    }

    public init(text: String) {
        self.content = [.text(text)]
    }
}
