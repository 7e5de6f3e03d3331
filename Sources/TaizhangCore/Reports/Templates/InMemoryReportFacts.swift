import Foundation

/// `ReportFacts` from dictionaries, for tests and previews: figures keyed by query, records per list (filtered
/// with `RecordFilter.admits`), sections by name.
public struct InMemoryReportFacts: ReportFacts {
    public var figures: [FigureQuery: FactFigure]
    public var recordLists: [RecordList: [FactRecord]]
    public var sections: [String: String]

    public init(
        figures: [FigureQuery: FactFigure] = [:], recordLists: [RecordList: [FactRecord]] = [:],
        sections: [String: String] = [:]
    ) {
        self.figures = figures
        self.recordLists = recordLists
        self.sections = sections
    }

    /// Stores a figure with a one-line source, e.g. `set(.indicator(code: "gdp"), .growth, 5.24, "%", period: p)`.
    public mutating func set(
        _ subject: FigureSubject, _ measure: FigureMeasure = .value, _ value: Decimal, _ unit: String,
        period: Period, scope: FigureScope = .own, source: String? = nil
    ) {
        let query = FigureQuery(subject: subject, scope: scope, period: period, measure: measure)
        let line = source ?? "\(measure.rawValue) \(scope.rawValue) \(period.chineseName) \(value.plainString)\(unit)"
        figures[query] = FactFigure(
            value: value, unit: unit, provenance: FigureProvenance(subject: "", sources: [line]))
    }

    public func figure(_ query: FigureQuery) -> FactFigure? { figures[query] }

    public func records(_ query: RecordQuery) -> [FactRecord] {
        (recordLists[query.list] ?? []).filter { record in query.filters.allSatisfy { $0.admits(record) } }
    }

    public func section(named name: String) -> String? { sections[name] }
}
