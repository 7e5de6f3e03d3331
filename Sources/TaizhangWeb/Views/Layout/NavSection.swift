/// The sections of the left navigation, in the order the office works through a month.
enum NavSection: String, CaseIterable, Sendable {
    case dashboard
    case comparison
    case entry
    case importing
    case review
    case reports
    case audit
    case indicators
    case orgUnits

    var label: String {
        switch self {
        case .dashboard: "驾驶舱"
        case .comparison: "全市对比"
        case .entry: "月度填报"
        case .importing: "数据导入"
        case .review: "报送审核"
        case .reports: "报告"
        case .audit: "留痕查询"
        case .indicators: "指标目录"
        case .orgUnits: "组织机构"
        }
    }

    var path: String {
        switch self {
        case .dashboard: "/dashboard"
        case .comparison: "/comparison"
        case .entry: "/entry"
        case .importing: "/import"
        case .review: "/review"
        case .reports: "/reports"
        case .audit: "/audit"
        case .indicators: "/indicators"
        case .orgUnits: "/org-units"
        }
    }

    /// Every section keeps the chosen unit and month in its links, so the choice follows the user around.
    var keepsSelection: Bool { true }
}
