/// How a year-to-date span is named: by its months ("1—6月") or by the customary name ("上半年").
public enum PeriodNameStyle: Sendable, Hashable {
    /// 1—6月, 1—9月, 1—12月: what statistical tables print.
    case months
    /// 上半年, 前三季度, 全年 for spans through June, September and December; other spans as `months`.
    case customary
}

extension Period {
    /// The Chinese name in the default style, e.g. "2021年", "2021年第三季度", "2021年10月", "2021年1—10月",
    /// "2021年全年预计".
    public var chineseName: String { chineseName(style: .months) }

    /// The Chinese name; `includingYear: false` drops the "2021年" prefix ("1—10月", "第三季度", "全年预计").
    /// The span through January is named "1月" (it holds the same figure as the month).
    public func chineseName(style: PeriodNameStyle, includingYear: Bool = true) -> String {
        let prefix = includingYear ? "\(year)年" : ""
        switch self {
        case .year:
            return includingYear ? prefix : "全年"
        case .quarter(_, let q):
            return prefix + "第\(Self.quarterNumeral(q))季度"
        case .month(let m):
            return prefix + "\(m.month)月"
        case .cumulative(let m):
            if style == .customary {
                switch m.month {
                case 6: return prefix + "上半年"
                case 9: return prefix + "前三季度"
                case 12: return prefix + "全年"
                default: break
                }
            }
            return m.month == 1 ? prefix + "1月" : prefix + "1—\(m.month)月"
        case .forecast:
            return prefix + "全年预计"
        }
    }

    static func quarterNumeral(_ q: Int) -> String {
        switch q {
        case 1: "一"
        case 2: "二"
        case 3: "三"
        case 4: "四"
        default: "\(q)"
        }
    }
}

extension YearMonth {
    /// "2024年3月" (no leading zero), as documents write a month.
    public var chineseName: String { "\(year)年\(month)月" }
}
