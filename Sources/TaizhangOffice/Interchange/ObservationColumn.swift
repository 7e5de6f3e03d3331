/// The columns of the observation import template (指标值导入模板), in template order, with the Chinese
/// headers users see and the other headers accepted on import.
public enum ObservationColumn: String, CaseIterable, Sendable, Hashable {
    case orgUnitCode
    case orgUnitName
    case indicatorCode
    case indicatorName
    case unit
    case month
    case monthly
    case cumulative
    case priorCumulative
    case publishedGrowth
    case note

    /// The header written in templates and exports.
    public var header: String {
        switch self {
        case .orgUnitCode: "组织编码"
        case .orgUnitName: "组织名称"
        case .indicatorCode: "指标编码"
        case .indicatorName: "指标名称"
        case .unit: "计量单位"
        case .month: "月份"
        case .monthly: "本月值"
        case .cumulative: "累计值"
        case .priorCumulative: "上年同期累计值"
        case .publishedGrowth: "公布增速(%)"
        case .note: "备注"
        }
    }

    /// Headers recognised on import, already normalised (see `ObservationHeader.normalise`).
    var acceptedHeaders: [String] {
        switch self {
        case .orgUnitCode: ["组织编码", "组织代码", "单位编码", "单位代码", "区域编码", "区域代码", "园区编码", "机构编码", "orgunitcode"]
        case .orgUnitName: ["组织名称", "组织", "单位名称", "区域名称", "区域", "园区名称", "园区", "开发区", "地区", "机构名称", "orgunit"]
        case .indicatorCode: ["指标编码", "指标代码", "指标代号", "indicatorcode"]
        case .indicatorName: ["指标名称", "指标", "指标名", "indicator"]
        case .unit: ["计量单位", "单位", "unit"]
        case .month: ["月份", "月", "统计月份", "报告期", "期别", "年月", "统计期", "时间", "month"]
        case .monthly: ["本月值", "本月", "当月值", "当月", "本月数", "当月数", "本月完成", "monthly"]
        case .cumulative: ["累计值", "累计", "本年累计", "本年累计值", "累计数", "累计完成", "cumulative"]
        case .priorCumulative:
            ["上年同期累计值", "上年同期累计", "上年同期", "上年同期值", "上年同期累计数", "去年同期", "可比口径上年同期", "priorcumulative"]
        case .publishedGrowth: ["公布增速", "增速", "同比增速", "同比增长", "同比", "增长", "同比增长率", "增长率", "累计增速", "publishedgrowth"]
        case .note: ["备注", "说明", "附注", "note"]
        }
    }

    /// Whether the column holds a figure.
    var isFigure: Bool {
        switch self {
        case .monthly, .cumulative, .priorCumulative, .publishedGrowth: true
        default: false
        }
    }

    /// Position in `allCases`.
    var ordinal: Int {
        switch self {
        case .orgUnitCode: 0
        case .orgUnitName: 1
        case .indicatorCode: 2
        case .indicatorName: 3
        case .unit: 4
        case .month: 5
        case .monthly: 6
        case .cumulative: 7
        case .priorCumulative: 8
        case .publishedGrowth: 9
        case .note: 10
        }
    }

    /// The header as shown in a problem message, without its unit suffix.
    var shortName: String { self == .publishedGrowth ? "公布增速" : header }
}
