import Foundation

/// What a template asks the ledgers for. The Web layer implements it over the store; `InMemoryReportFacts`
/// serves tests. Answers are exact and carry their provenance; nil (or an empty list) means "no data", which
/// the evaluator reports as an unfilled slot rather than printing a blank.
public protocol ReportFacts: Sendable {
    /// One figure: a value, growth, target or rank of an indicator or a project quantity.
    func figure(_ query: FigureQuery) -> FactFigure?
    /// The records of a ledger list (projects), filtered; the evaluator sorts and cuts them.
    func records(_ query: RecordQuery) -> [FactRecord]
    /// Text the writer entered in Taizhang for a 【填写 …】 section of this report.
    func section(named name: String) -> String?
}

/// Whose figure: the report's own org unit or its parent (全市), the field of comparisons.
public enum FigureScope: String, Sendable, Hashable, Codable {
    case own
    case parent
}

/// What a figure is about: a catalogue indicator, or a quantity of the project ledger over the projects that
/// pass the filters (级别=省重点 …; no filter means every project of the unit).
public enum FigureSubject: Sendable, Hashable {
    case indicator(code: String)
    case project(ProjectQuantity, filters: [RecordFilter])
}

/// Which number about the subject. Only what needs the ledger is asked: 完成率 (value ÷ target) and 较上年增加
/// (value − last year's value) are computed by the evaluator from these, so their arithmetic is in the provenance.
public enum FigureMeasure: String, Sendable, Hashable, Codable {
    /// The value for the period in the indicator's unit: the year-to-date value for 1—N月 (the value at the
    /// period's end for stocks); for `.month`, the month's own value. For 上年 queries the evaluator shifts the
    /// period; answer with the comparable prior-year value the 同比 is computed from where the ledger has one.
    case value
    /// 同比增速 in % under the indicator's growth rule (published for real growth, computed for nominal).
    case growth
    /// The annual target value (年度目标) of the period's year.
    case target
    /// The annual growth target in %.
    case targetGrowth
    /// Rank of the value among the parent's children (1 = largest), unit "位"; the provenance names the peers.
    case rankByValue
    /// Rank of the growth among the parent's children.
    case rankByGrowth
}

/// One figure a template needs: subject, whose, for which period, which measure.
public struct FigureQuery: Sendable, Hashable {
    public var subject: FigureSubject
    public var scope: FigureScope
    public var period: Period
    public var measure: FigureMeasure

    public init(subject: FigureSubject, scope: FigureScope = .own, period: Period, measure: FigureMeasure = .value) {
        self.subject = subject
        self.scope = scope
        self.period = period
        self.measure = measure
    }
}

/// A figure from the ledgers: an exact value, its unit symbol ("亿元", "%", "个", "位") and where it comes from.
public struct FactFigure: Sendable, Equatable {
    public var value: Decimal
    public var unit: String
    public var provenance: FigureProvenance

    public init(value: Decimal, unit: String, provenance: FigureProvenance) {
        self.value = value
        self.unit = unit
        self.provenance = provenance
    }
}

/// The ledger lists a template can loop over.
public enum RecordList: String, Sendable, Hashable, Codable, CaseIterable {
    /// Projects (项目), one record per project with the fields of `ProjectRecordField`.
    case projects

    /// The name a template uses: 【#每个 项目】.
    public var chineseName: String {
        switch self {
        case .projects: "项目"
        }
    }
}

/// A filter written as 字段=值 (级别=省重点, 阶段=新开工, 产业链=装备制造). A record passes when the field's
/// text equals the value, or, for a list field such as 级别 ("省重点、市百大产业链"), when one item equals it.
public struct RecordFilter: Sendable, Hashable, Codable {
    public var field: String
    public var value: String

    public init(field: String, value: String) {
        self.field = field
        self.value = value
    }

    /// Whether a record passes (the rule every implementation applies).
    public func admits(_ record: FactRecord) -> Bool {
        guard let field = record.field(named: field) else { return false }
        let text: String
        switch field {
        case .text(let t): text = t
        case .figure(let f): text = f.value.plainString
        }
        return text == value || text.split(separator: "、").contains { $0 == value }
    }
}

/// The records of one list for the report's unit (or its parent) and period, filtered; all filters apply.
public struct RecordQuery: Sendable, Hashable {
    public var list: RecordList
    public var scope: FigureScope
    public var period: Period
    public var filters: [RecordFilter]

    public init(list: RecordList, scope: FigureScope = .own, period: Period, filters: [RecordFilter] = []) {
        self.list = list
        self.scope = scope
        self.period = period
        self.filters = filters
    }
}

/// One value of a record: text (a name, a stage, a date already written "2024年3月5日") or a figure.
public enum FactValue: Sendable, Equatable {
    case text(String)
    case figure(FactFigure)
}

/// One field of a record, named as templates name it (see `ProjectRecordField`).
public struct FactField: Sendable, Equatable {
    public var name: String
    public var value: FactValue

    public init(name: String, value: FactValue) {
        self.name = name
        self.value = value
    }
}

/// One record of a ledger list with its fields in display order (the default columns of a table).
public struct FactRecord: Sendable, Equatable {
    public var fields: [FactField]

    public init(fields: [FactField]) { self.fields = fields }

    public func field(named name: String) -> FactValue? { fields.first { $0.name == name }?.value }
}
