/// A run of report text: plain words, or a figure that knows where it came from.
public enum ReportInline: Sendable, Equatable, Codable {
    case text(String)
    case figure(ReportFigure)

    /// What a reader sees.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .figure(let figure): figure.text
        }
    }
}

extension [ReportInline] {
    /// The content as one string, as it is printed.
    public var plainText: String { map(\.plainText).joined() }

    /// The figures among the runs, in order.
    public var figures: [ReportFigure] {
        compactMap { if case .figure(let figure) = $0 { figure } else { nil } }
    }
}

/// A figure as printed ("1234.5", "增长5.2%", "第3位") with the ledger entries and computation behind it.
public struct ReportFigure: Sendable, Equatable, Codable {
    public var text: String
    public var provenance: FigureProvenance

    public init(text: String, provenance: FigureProvenance) {
        self.text = text
        self.provenance = provenance
    }
}

/// Where a printed figure comes from: what it measures, the stored entries it was computed from, and how.
public struct FigureProvenance: Sendable, Equatable, Codable {
    /// What the figure is, in words: "地区生产总值 · 高新区 · 2024年1—10月 · 同比增速".
    public var subject: String
    /// The stored entries behind it, one line each: "观测值 gdp 高新区 2024年10月 累计 1234.5 亿元（已审核）".
    public var sources: [String]
    /// The arithmetic, when the figure is computed: "(1234.5 ÷ 1100.2 − 1) × 100 = 12.2".
    public var computation: String?

    public init(subject: String, sources: [String] = [], computation: String? = nil) {
        self.subject = subject
        self.sources = sources
        self.computation = computation
    }
}
