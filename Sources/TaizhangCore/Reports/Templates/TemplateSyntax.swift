import Foundation

/// A parsed template node. Blocks (loops, conditionals) hold their bodies, which may span lines.
indirect enum TemplateNode: Sendable {
    case text(String, TemplatePosition)
    case newline
    case expression(TemplateExpression)
    case each(EachBlock)
    case when(IfBlock)
    case table(TableDirective)
    case section(name: String, position: TemplatePosition, source: String)
    case signature(TemplatePosition)
}

/// What an expression names: an indicator, a project quantity, a field of the current loop's record, a word
/// of the report context, or the loop's running number (序号).
enum ExpressionSubject: Sendable {
    case indicator(Indicator)
    case project(ProjectQuantity, filters: [RecordFilter])
    case field(ProjectRecordField)
    case context(ContextWord)
    case sequenceNumber
}

/// Which period an expression reads: the report's, its last month alone (本月), the year to date (累计), or the
/// whole year (全年); `yearsBack` 1 for 上年.
struct PeriodChoice: Sendable, Hashable {
    enum Span: Sendable, Hashable { case report, month, cumulative, year }
    var span: Span = .report
    var yearsBack = 0

    func period(in context: ReportContext) -> Period {
        let base: Period
        switch span {
        case .report: base = context.period
        case .month: base = .month(context.period.endMonth)
        case .cumulative: base = .cumulative(through: context.period.endMonth)
        case .year: base = .year(context.period.year)
        }
        return yearsBack == 0 ? base : base.shifted(years: -yearsBack)
    }
}

/// The measure words of an expression (增速, 排名 …); the value itself when none is written.
enum TemplateMeasure: String, Sendable, Hashable {
    case value = "数值"
    case growth = "增速"
    case rank = "排名"
    case growthRank = "增速排名"
    case completionRate = "完成率"
    case delta = "较上年增加"
    case target = "目标"
    case targetGrowth = "目标增速"
}

/// The wording helpers after "|".
enum TemplateWording: Sendable, Hashable {
    /// 增减: 增长/下降 X% (增加/减少 for amounts).
    case change
    /// 升降: 提高/回落 X个百分点.
    case points
    /// 高低: 高于/低于 the parent (`word` is how the text names it) or the target.
    case compareParent(word: String?)
    case compareTarget
    /// 位次: 居全市第N位.
    case place
}

/// One 【…】 expression, resolved.
struct TemplateExpression: Sendable {
    var source: String
    var position: TemplatePosition
    var subject: ExpressionSubject
    var scope: FigureScope = .own
    var period = PeriodChoice()
    var measure: TemplateMeasure = .value
    var wording: TemplateWording?
    /// | 亿元: show in this unit instead.
    var unit: String?
    /// | 带单位: append the unit.
    var withUnit = false
    /// | 小数2: decimal places instead of the default.
    var decimals: Int?
}

/// A 【#每个 …】 loop: the list, its filters, order and cut, the separator between inline iterations, and what to
/// write when nothing passes (【否则】).
struct EachBlock: Sendable {
    var list: RecordList
    var filters: [RecordFilter]
    var sort: RecordSort?
    var limit: Int?
    var separator: String?
    var body: [TemplateNode]
    var empty: [TemplateNode]?
    var position: TemplatePosition
    var source: String
}

/// Sort records by a field, largest first unless ascending.
struct RecordSort: Sendable, Hashable {
    var field: ProjectRecordField
    var descending: Bool
}

/// A 【#如果 A 比较 B】 conditional.
struct IfBlock: Sendable {
    var condition: TemplateCondition
    var then: [TemplateNode]
    var otherwise: [TemplateNode]
}

/// The comparison of a condition; both sides are compared as shown (rounded to their decimals).
struct TemplateCondition: Sendable {
    enum Operand: Sendable {
        case expression(TemplateExpression)
        case number(Decimal)
    }

    enum Comparison: String, Sendable, Hashable {
        case greater = ">"
        case less = "<"
        case greaterOrEqual = ">="
        case lessOrEqual = "<="
        case equal = "="
        case notEqual = "≠"

        func holds(_ a: Decimal, _ b: Decimal) -> Bool {
            switch self {
            case .greater: a > b
            case .less: a < b
            case .greaterOrEqual: a >= b
            case .lessOrEqual: a <= b
            case .equal: a == b
            case .notEqual: a != b
            }
        }
    }

    var left: Operand
    var comparison: Comparison
    var right: Operand
    var position: TemplatePosition
    var source: String
}

/// A 【表格 …】 line.
struct TableDirective: Sendable {
    enum Kind: Sendable {
        /// 主要指标: one row per indicator (the catalogue's key indicators unless listed), optional rank column.
        case indicators([Indicator], withRank: Bool)
        case records(RecordList, filters: [RecordFilter], sort: RecordSort?, limit: Int?, columns: [ProjectRecordField])
    }

    var kind: Kind
    var caption: String?
    var position: TemplatePosition
    var source: String
}

/// Words of the report context a template can print: 【地区】 → "高新区", 【时期】 → "2024年1—10月".
enum ContextWord: String, Sendable, CaseIterable {
    case orgUnitName = "地区"
    case parentName = "上级"
    case period = "时期"
    case periodShort = "时期简称"
    case year = "年份"
    case lastYear = "上年年份"
    case month = "月份"
    case issuer = "发文单位"
    case date = "成文日期"

    static let aliases: [String: ContextWord] = [
        "本区": .orgUnitName, "区域": .orgUnitName, "单位名称": .orgUnitName, "地区名称": .orgUnitName,
        "全市": .parentName, "上级名称": .parentName, "报告期": .period, "期间": .period, "本年": .year,
        "年度": .year, "上年": .lastYear, "去年": .lastYear, "落款单位": .issuer, "日期": .date,
    ]

    static func resolve(_ word: String) -> ContextWord? { ContextWord(rawValue: word) ?? aliases[word] }

    static var allNames: [String] { allCases.map(\.rawValue) + aliases.keys.sorted() }

    func text(in context: ReportContext) -> String {
        switch self {
        case .orgUnitName: context.orgUnitName
        case .parentName: context.parentName
        case .period: context.period.chineseName
        case .periodShort: context.period.chineseName(style: .months, includingYear: false)
        case .year: "\(context.period.year)"
        case .lastYear: "\(context.period.year - 1)"
        case .month: "\(context.period.endMonth.month)"
        case .issuer: context.issuer
        case .date: ReportSignature(issuer: context.issuer, date: context.date).writtenDate
        }
    }
}
