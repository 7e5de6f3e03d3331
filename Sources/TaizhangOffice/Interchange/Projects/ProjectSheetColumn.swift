/// The columns of the office's project ledger sheet (重点项目推进情况表): the 17 every office uses, in their
/// order, then the optional ones an import also understands.
public enum ProjectSheetColumn: String, CaseIterable, Sendable, Hashable {
    case code
    case name
    case constructionNature
    case content
    case plannedInvestment
    case annualPlan
    case yearToDateCompleted
    case monthCompleted
    case plannedStart
    case plannedCompletion
    case liaisonLeaders
    case responsibleUnit
    case serviceUnit
    case projectType
    case stage
    case progressNote
    case problemNote
    // Optional columns, never written by the 17-column export (all but 所属单位, on request).
    case orgUnit
    case levels
    case industryChain
    case investor
    case contractValue
    /// 序号: recognised so that it is neither data nor an unknown column.
    case serial

    /// The 17 columns of the office layout, in order.
    public static let officeLayout: [ProjectSheetColumn] = Array(allCases.prefix(17))

    /// The header written in exports and named in messages.
    public var header: String {
        switch self {
        case .code: "项目编号"
        case .name: "项目名称"
        case .constructionNature: "建设性质"
        case .content: "建设内容"
        case .plannedInvestment: "总投资"
        case .annualPlan: "今年计划投资"
        case .yearToDateCompleted: "今年累计完成投资"
        case .monthCompleted: "本月完成投资"
        case .plannedStart: "计划开工时间"
        case .plannedCompletion: "计划竣工时间"
        case .liaisonLeaders: "包联领导"
        case .responsibleUnit: "责任单位"
        case .serviceUnit: "服务单位"
        case .projectType: "项目类型"
        case .stage: "建设阶段"
        case .progressNote: "本月进展"
        case .problemNote: "问题和建议"
        case .orgUnit: "所属单位"
        case .levels: "项目级别"
        case .industryChain: "产业链"
        case .investor: "投资方"
        case .contractValue: "签约金额"
        case .serial: "序号"
        }
    }

    /// Whether the column holds an amount in 万元.
    public var isAmount: Bool {
        switch self {
        case .plannedInvestment, .annualPlan, .yearToDateCompleted, .monthCompleted, .contractValue: true
        default: false
        }
    }

    /// Whether the column holds a date.
    var isDate: Bool { self == .plannedStart || self == .plannedCompletion }

    /// Headers recognised on import, normalised as `ObservationHeader.normalise` does (no spaces, no bracketed
    /// suffix such as “（万元）” or “（新建/扩建/技改）”).
    var acceptedHeaders: [String] {
        switch self {
        case .code: ["项目编号", "项目编码", "项目代码", "编号", "项目id", "项目库编号", "code"]
        case .name: ["项目名称", "项目", "名称", "项目名", "name"]
        case .constructionNature: ["建设性质", "项目性质", "性质", "建设类型"]
        case .content:
            ["建设内容", "建设规模及内容", "建设内容及规模", "主要建设内容", "建设规模和内容", "项目建设内容", "建设规模", "项目内容", "建设规模及主要内容"]
        case .plannedInvestment: ["总投资", "计划总投资", "项目总投资", "总投资额", "投资总额", "估算总投资", "计划投资总额"]
        case .annualPlan:
            [
                "今年计划投资", "年度计划投资", "本年计划投资", "本年度计划投资", "当年计划投资", "年计划投资", "今年计划完成投资",
                "年度计划完成投资", "本年计划完成投资", "年度投资计划", "今年投资计划", "年度计划", "年度计划投资额",
            ]
        case .yearToDateCompleted:
            [
                "今年累计完成投资", "累计完成投资", "本年累计完成投资", "年度累计完成投资", "当年累计完成投资", "今年累计完成",
                "本年累计完成", "累计完成", "今年完成投资", "本年完成投资", "年度完成投资", "年内累计完成投资", "累计投资",
            ]
        case .monthCompleted: ["本月完成投资", "本月完成", "当月完成投资", "当月完成", "本月投资", "月完成投资", "本月完成投资额"]
        case .plannedStart: ["计划开工时间", "计划开工日期", "开工时间", "计划开工", "开工日期", "计划开工年月"]
        case .plannedCompletion:
            ["计划竣工时间", "计划竣工日期", "竣工时间", "计划竣工", "竣工日期", "计划建成时间", "建成时间", "计划竣工年月"]
        case .liaisonLeaders: ["包联领导", "包抓领导", "联系领导", "包联县级领导", "包抓县级领导", "包联市级领导", "责任领导", "分包领导", "包保领导"]
        case .responsibleUnit: ["责任单位", "牵头单位", "主责单位", "责任部门", "牵头部门"]
        case .serviceUnit: ["服务单位", "帮扶单位", "服务部门", "包联单位", "配合单位", "服务专员单位"]
        case .projectType: ["项目类型", "项目类别", "类型", "类别"]
        case .stage: ["建设阶段", "项目阶段", "阶段", "建设状态", "项目状态", "进展阶段", "所处阶段"]
        case .progressNote:
            [
                "本月进展", "项目进展情况", "进展情况", "本月进展情况", "形象进度", "工程形象进度", "本月形象进度", "进展",
                "当月进展", "项目进展", "推进情况", "本月推进情况", "项目推进情况", "目前进展情况", "形象进度及进展情况",
            ]
        case .problemNote:
            [
                "问题和建议", "存在问题及建议", "存在问题和建议", "问题及建议", "存在的问题和建议", "存在的问题及建议", "存在问题",
                "问题", "需协调解决的问题", "存在困难和问题", "困难和问题", "存在问题及解决措施", "存在问题及下步措施",
            ]
        case .orgUnit: ["所属单位", "所属园区", "所属开发区", "所在园区", "园区", "开发区", "所属区域", "所属组织", "所在地", "所属县区", "县区"]
        case .levels: ["项目级别", "级别", "项目层级", "项目等级", "重点项目级别"]
        case .industryChain: ["产业链", "所属产业链", "产业链条", "产业链名称"]
        case .investor: ["投资方", "投资主体", "投资企业", "投资商", "建设单位", "项目业主", "业主单位", "项目单位"]
        case .contractValue: ["签约金额", "签约额", "合同金额", "协议投资额", "签约投资额", "合同投资额", "签约投资"]
        case .serial: ["序号", "排序", "序"]
        }
    }

    /// Position in `allCases`, for array lookups on every row.
    var ordinal: Int { Self.ordinals[self]! }

    private static let ordinals: [ProjectSheetColumn: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })
}
