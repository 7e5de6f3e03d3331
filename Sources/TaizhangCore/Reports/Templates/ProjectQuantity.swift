import Foundation

/// A quantity of the project ledger under the Chinese name reports use (签约项目个数, 开工率 …), resolvable in
/// templates like an indicator and read off a `ProjectSummary` (definitions in docs/projects.md).
public enum ProjectQuantity: Sendable, Hashable {
    case projectCount
    case signedCount
    case signedValue
    /// 签约项目 whose 签约金额 reaches the threshold (万元; 10000 = 1亿元): how many, and their value.
    case signedAboveCount(threshold: Decimal)
    case signedAboveValue(threshold: Decimal)
    case signedAndStartedSameYearCount
    case startedCount
    case continuingCount
    case completedCount
    case preparingCount
    case withdrawnCount
    /// 到位资金 of the year over every project. Names the catalogue already has (实际利用内资, 签约金额,
    /// 签约项目数, 新开工项目数) resolve to the catalogue's indicators, so the quantities are named apart:
    /// 项目到位资金, 签约项目金额, 签约项目个数, 新开工项目个数, 项目年度计划投资, 项目完成投资 (a test keeps
    /// every name and alias here clear of the standard catalogue).
    case yearFundsInPlace
    case annualPlan
    case yearCompleted
    case monthCompleted
    case startRate
    case investmentCompletionRate
    case fundsInPlaceRate
    case onTimeCompletionRate
    case mattersSolved
    case mattersOpen
    case mattersOverdue

    /// The quantities with a fixed name, in the order the docs list them.
    public static let named: [ProjectQuantity] = [
        .projectCount, .signedCount, .signedValue, .signedAndStartedSameYearCount, .startedCount,
        .continuingCount, .completedCount, .preparingCount, .withdrawnCount, .yearFundsInPlace, .annualPlan,
        .yearCompleted, .monthCompleted, .startRate, .investmentCompletionRate, .fundsInPlaceRate,
        .onTimeCompletionRate, .mattersSolved, .mattersOpen, .mattersOverdue,
    ]

    /// The canonical Chinese name.
    public var name: String {
        switch self {
        case .projectCount: "项目个数"
        case .signedCount: "签约项目个数"
        case .signedValue: "签约项目金额"
        case .signedAboveCount(let t): Self.thresholdWords(t) + "以上签约项目个数"
        case .signedAboveValue(let t): Self.thresholdWords(t) + "以上签约金额"
        case .signedAndStartedSameYearCount: "当年签约当年开工项目个数"
        case .startedCount: "新开工项目个数"
        case .continuingCount: "续建项目个数"
        case .completedCount: "竣工项目个数"
        case .preparingCount: "前期项目个数"
        case .withdrawnCount: "调整退出项目个数"
        case .yearFundsInPlace: "项目到位资金"
        case .annualPlan: "项目年度计划投资"
        case .yearCompleted: "项目完成投资"
        case .monthCompleted: "项目本月完成投资"
        case .startRate: "开工率"
        case .investmentCompletionRate: "投资完成率"
        case .fundsInPlaceRate: "资金到位率"
        case .onTimeCompletionRate: "按期竣工率"
        case .mattersSolved: "协调解决问题个数"
        case .mattersOpen: "未解决问题个数"
        case .mattersOverdue: "超期问题个数"
        }
    }

    /// Other names writers use.
    public var aliases: [String] {
        switch self {
        case .projectCount: ["项目数", "项目总数"]
        case .signedCount: ["签约项目个数合计"]
        case .signedValue: ["项目签约金额", "项目签约总金额"]
        case .signedAboveCount, .signedAboveValue: []
        case .signedAndStartedSameYearCount: ["当年签约当年开工", "当年签约当年开工项目数"]
        case .startedCount: ["新开工项目数量"]
        case .continuingCount: ["续建项目数", "续建项目"]
        case .completedCount: ["竣工项目数量"]
        case .preparingCount: ["前期项目数", "前期项目"]
        case .withdrawnCount: ["调整退出项目数"]
        case .yearFundsInPlace: ["项目实际利用内资", "年度到位资金"]
        case .annualPlan: ["项目年度计划"]
        case .yearCompleted: ["项目累计完成投资", "项目完成投资额"]
        case .monthCompleted: ["项目当月完成投资"]
        case .startRate: ["项目开工率"]
        case .investmentCompletionRate: ["年度投资完成率"]
        case .fundsInPlaceRate: ["到位率"]
        case .onTimeCompletionRate: ["竣工率"]
        case .mattersSolved: ["协调解决问题", "解决问题个数", "协调解决问题数"]
        case .mattersOpen: ["未解决问题数"]
        case .mattersOverdue: ["超期问题数", "超期未解决问题个数"]
        }
    }

    /// The unit of the value: 个 for counts, 万元 for amounts, % for rates.
    public var unit: String {
        switch self {
        case .signedValue, .signedAboveValue, .yearFundsInPlace, .annualPlan, .yearCompleted, .monthCompleted:
            "万元"
        case .startRate, .investmentCompletionRate, .fundsInPlaceRate, .onTimeCompletionRate: "%"
        default: "个"
        }
    }

    /// Decimal places shown: counts 0, amounts 2, rates 1.
    public var decimals: Int {
        switch unit {
        case "个": 0
        case "%": 1
        default: 2
        }
    }

    /// The quantity a name means: a fixed name or alias, or "N亿元以上签约项目个数" / "N亿元以上签约金额" (N
    /// omitted means 1). Spaces and full-width forms are ignored.
    public static func resolve(_ text: String) -> ProjectQuantity? {
        let key = IndicatorName.normalise(text)
        for quantity in named
        where ([quantity.name] + quantity.aliases).contains(where: { IndicatorName.normalise($0) == key }) {
            return quantity
        }
        for (suffix, isCount) in [
            ("以上签约项目个数", true), ("以上签约项目数", true), ("以上签约项目", true),
            ("以上签约金额", false), ("以上项目签约金额", false), ("以上项目个数", true),
        ]
        where key.hasSuffix(suffix) {
            let head = String(key.dropLast(suffix.count))
            guard head.hasSuffix("亿元") else { continue }
            let number = head.dropLast(2)
            let count = number.isEmpty ? Decimal(1) : Decimal(exactly: String(number))
            guard let count, count > 0 else { continue }
            let threshold = count * 10000
            return isCount ? .signedAboveCount(threshold: threshold) : .signedAboveValue(threshold: threshold)
        }
        return nil
    }

    /// Every fixed name and alias, for "您是不是要写" suggestions.
    public static var allNames: [String] {
        named.flatMap { [$0.name] + $0.aliases } + ["亿元以上签约项目个数", "亿元以上签约金额"]
    }

    /// The value in a summary; nil when a rate has no base or the threshold is not one of the summary's.
    public func value(in summary: ProjectSummary) -> Decimal? {
        switch self {
        case .projectCount: Decimal(summary.projectCount)
        case .signedCount: Decimal(summary.signedCount)
        case .signedValue: summary.signedValue
        case .signedAboveCount(let t): summary.signedAbove.first { $0.threshold == t }.map { Decimal($0.count) }
        case .signedAboveValue(let t): summary.signedAbove.first { $0.threshold == t }?.value
        case .signedAndStartedSameYearCount: Decimal(summary.signedAndStartedSameYearCount)
        case .startedCount: Decimal(summary.stages.started)
        case .continuingCount: Decimal(summary.stages.continuing)
        case .completedCount: Decimal(summary.stages.completed)
        case .preparingCount: Decimal(summary.stages.preparing)
        case .withdrawnCount: Decimal(summary.stages.withdrawn)
        case .yearFundsInPlace: summary.yearFundsInPlace
        case .annualPlan: summary.annualPlan
        case .yearCompleted: summary.yearCompleted
        case .monthCompleted: summary.monthCompleted
        case .startRate: summary.startRate.rate
        case .investmentCompletionRate: summary.investmentCompletionRate
        case .fundsInPlaceRate: summary.fundsInPlaceRate.rate
        case .onTimeCompletionRate: summary.onTimeCompletionRate.rate
        case .mattersSolved: Decimal(summary.mattersSolved)
        case .mattersOpen: Decimal(summary.mattersOpen)
        case .mattersOverdue: Decimal(summary.mattersOverdue)
        }
    }

    /// "亿元", "5亿元", "10亿元" for a threshold in 万元.
    static func thresholdWords(_ threshold: Decimal) -> String {
        let yi = threshold / 10000
        return yi == 1 ? "亿元" : yi.plainString + "亿元"
    }
}

/// The fields of a project record as templates name them, in the default column order of a project table.
/// Amounts are in 万元, rates in %, dates written "2024年3月5日".
public enum ProjectRecordField: String, Sendable, Hashable, CaseIterable {
    case name = "项目名称"
    case code = "项目编号"
    case level = "级别"
    case stage = "阶段"
    case chain = "产业链"
    case industry = "行业"
    case nature = "建设性质"
    case content = "建设内容"
    case plannedInvestment = "计划总投资"
    case annualPlan = "年度计划投资"
    case yearCompleted = "今年累计完成投资"
    case monthCompleted = "本月完成投资"
    case completionRate = "投资完成率"
    case contractValue = "签约金额"
    case fundsInPlace = "累计到位资金"
    case signedOn = "签约日期"
    case startedOn = "开工日期"
    case plannedCompletion = "计划竣工日期"
    case completedOn = "竣工日期"
    case responsibleUnit = "责任单位"
    case liaisonLeader = "包联领导"
    case progress = "形象进度"

    /// Whether the field is a figure (a `FactValue.figure`).
    public var isFigure: Bool {
        [
            .plannedInvestment, .annualPlan, .yearCompleted, .monthCompleted, .completionRate, .contractValue,
            .fundsInPlace,
        ].contains(self)
    }

    /// 万元 for amounts, % for the completion rate, nil for text fields.
    public var unit: String? {
        guard isFigure else { return nil }
        return self == .completionRate ? "%" : "万元"
    }

    /// The columns of 【表格 项目】 when the writer names none.
    public static let defaultTableColumns: [ProjectRecordField] = [
        .name, .stage, .plannedInvestment, .annualPlan, .yearCompleted, .completionRate,
    ]

    /// Other names writers use for a field.
    static let aliases: [String: ProjectRecordField] = [
        "名称": .name, "项目": .name, "编号": .code, "项目级别": .level, "项目阶段": .stage, "所属产业链": .chain,
        "总投资": .plannedInvestment, "计划投资": .plannedInvestment, "年度计划": .annualPlan,
        "累计完成投资": .yearCompleted, "完成投资": .yearCompleted, "当年完成投资": .yearCompleted,
        "当月完成投资": .monthCompleted, "完成率": .completionRate, "到位资金": .fundsInPlace,
        "实际开工日期": .startedOn, "实际竣工日期": .completedOn, "包联县级领导": .liaisonLeader,
    ]

    /// The field a name means (its own name or an alias).
    public static func resolve(_ text: String) -> ProjectRecordField? {
        let key = IndicatorName.normalise(text)
        return ProjectRecordField(rawValue: key) ?? aliases[key]
    }

    static var allNames: [String] { allCases.map(\.rawValue) + aliases.keys.sorted() }
}
