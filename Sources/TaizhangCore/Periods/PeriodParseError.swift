/// Why a period typed by a person could not be read; the message says what was typed and what is expected.
public enum PeriodParseError: UserFacingError, Equatable {
    /// Nothing was typed.
    case empty
    /// The text is not a period name Taizhang knows.
    case unrecognised(String)
    /// A month, quarter or span without a year, and no default year was given.
    case missingYear(String)
    /// A span that does not start in January (e.g. "3—5月"); only year-to-date spans are kept.
    case spanNotFromJanuary(String)
    /// A month outside 1…12, a quarter outside 1…4 or a year outside 1900…9999.
    case outOfRange(String)

    public var userMessage: String {
        let examples = "请写作“2021年1—10月”“2021年10月”“2021年第三季度”“2021年上半年”“2021年全年预计”等形式"
        switch self {
        case .empty: return "期间为空，" + examples
        case .unrecognised(let t): return "无法识别期间“\(t)”，" + examples
        case .missingYear(let t): return "期间“\(t)”缺少年份，请写明年份，如“2021年\(t)”"
        case .spanNotFromJanuary(let t): return "期间“\(t)”不是从1月开始的累计期间，累计期间请写作“1—N月”"
        case .outOfRange(let t): return "期间“\(t)”中的年份、季度或月份超出范围（月份1～12，季度1～4）"
        }
    }

    public var description: String {
        switch self {
        case .empty: "empty period"
        case .unrecognised(let t): "unrecognised period '\(t)'"
        case .missingYear(let t): "period '\(t)' has no year and no default year was given"
        case .spanNotFromJanuary(let t): "span '\(t)' does not start in January"
        case .outOfRange(let t): "period '\(t)' has a month, quarter or year out of range"
        }
    }
}
