import Foundation

/// A stage change the lifecycle refuses, naming the project and the missing or wrong fact in Chinese.
public enum ProjectLifecycleError: UserFacingError, Hashable {
    /// The project is already in the target stage.
    case unchanged(project: String, stage: ProjectStage)
    /// The change is not one of the allowed transitions (`allowed` is empty for 投产 and 调整退出).
    case transitionNotAllowed(project: String, from: ProjectStage, to: ProjectStage, allowed: [ProjectStage])
    /// The target stage needs a fact that is neither given nor already on the project.
    case missingFact(project: String, target: ProjectStage, fact: StageFact)
    /// 签约金额 must be more than zero.
    case nonPositiveContractValue(project: String, value: Decimal)
    /// A date of something that happened lies after the day the change is recorded.
    case dateInFuture(project: String, fact: StageFact, date: CalendarDate, day: CalendarDate)
    /// A date lies before the date it must follow (开工 before 签约, 竣工 before 开工, 投产 before 竣工).
    case dateOutOfOrder(
        project: String, fact: StageFact, date: CalendarDate, earlier: StageFact, earlierDate: CalendarDate)
    /// 调整退出 needs a written reason of at least `minimum` characters.
    case reasonRequired(project: String, minimum: Int)
    /// A project is 新开工 for the whole year it started in; it becomes 续建 on 1 January of the next year.
    case continuingBeforeYearEnd(project: String, startYear: Int)

    public var userMessage: String {
        switch self {
        case .unchanged(let project, let stage):
            "项目“\(project)”已处于“\(stage.displayName)”阶段。"
        case .transitionNotAllowed(let project, let from, let to, let allowed):
            if allowed.isEmpty {
                "项目“\(project)”已\(from.displayName)，不能再转为“\(to.displayName)”。"
            } else {
                "项目“\(project)”不能从“\(from.displayName)”转为“\(to.displayName)”；可转为："
                    + allowed.map(\.displayName).joined(separator: "、") + "。"
            }
        case .missingFact(let project, let target, let fact):
            "项目“\(project)”转为\(target.displayName)需要填写\(fact.displayName)。"
        case .nonPositiveContractValue(let project, let value):
            "项目“\(project)”的签约金额必须大于0（现为\(value.plainString)万元）。"
        case .dateInFuture(let project, let fact, let date, let day):
            "项目“\(project)”的\(fact.displayName)（\(date.chineseDescription)）不能晚于变更日期（\(day.chineseDescription)）。"
        case .dateOutOfOrder(let project, let fact, let date, let earlier, let earlierDate):
            "项目“\(project)”的\(fact.displayName)（\(date.chineseDescription)）不能早于\(earlier.displayName)（\(earlierDate.chineseDescription)）。"
        case .reasonRequired(let project, let minimum):
            "项目“\(project)”调整退出必须填写原因（至少\(minimum)个字）。"
        case .continuingBeforeYearEnd(let project, let startYear):
            "项目“\(project)”于\(startYear)年开工，当年为新开工项目，\(startYear + 1)年1月1日起方可转为续建。"
        }
    }

    public var description: String {
        switch self {
        case .unchanged(let project, let stage): "project \(project) is already \(stage.rawValue)"
        case .transitionNotAllowed(let project, let from, let to, _):
            "project \(project): transition \(from.rawValue) → \(to.rawValue) is not allowed"
        case .missingFact(let project, let target, let fact):
            "project \(project): \(target.rawValue) needs \(fact.rawValue)"
        case .nonPositiveContractValue(let project, let value):
            "project \(project): contract value \(value.plainString) is not positive"
        case .dateInFuture(let project, let fact, let date, let day):
            "project \(project): \(fact.rawValue) \(date) is after the change day \(day)"
        case .dateOutOfOrder(let project, let fact, let date, let earlier, let earlierDate):
            "project \(project): \(fact.rawValue) \(date) is before \(earlier.rawValue) \(earlierDate)"
        case .reasonRequired(let project, let minimum):
            "project \(project): withdrawal needs a reason of \(minimum)+ characters"
        case .continuingBeforeYearEnd(let project, let startYear):
            "project \(project) started in \(startYear) and is continuing only from \(startYear + 1)"
        }
    }
}
