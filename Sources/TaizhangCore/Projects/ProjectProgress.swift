import Foundation

/// One project's report in one month's dispatch (月调度): investment completed and funds received that month
/// (万元), the visible progress (形象进度) and the problems the project meets, in the office's words.
public struct ProjectProgress: Hashable, Sendable, Codable {
    public var projectID: Int64
    public var month: YearMonth
    /// 本月完成投资 (万元); 累计 is derived by summing months.
    public var completedInvestment: Decimal
    /// 本月到位资金 (万元), the 实际利用内资 of the month.
    public var fundsInPlace: Decimal?
    /// 形象进度 / 本月进展.
    public var progressNote: String?
    /// 问题和建议, as typed; problems to follow up are kept as `Matter`s.
    public var problemNote: String?

    public init(
        projectID: Int64, month: YearMonth, completedInvestment: Decimal, fundsInPlace: Decimal? = nil,
        progressNote: String? = nil, problemNote: String? = nil
    ) {
        self.projectID = projectID
        self.month = month
        self.completedInvestment = completedInvestment
        self.fundsInPlace = fundsInPlace
        self.progressNote = progressNote
        self.problemNote = problemNote
    }
}

/// One step of a project's stage history: the stage it entered, on which day, and why when a reason is needed.
public struct ProjectStageChange: Hashable, Sendable, Codable {
    public var projectID: Int64
    public var from: ProjectStage?
    public var to: ProjectStage
    public var on: CalendarDate
    public var reason: String?
    /// Who recorded the change (user name).
    public var recordedBy: String?

    public init(
        projectID: Int64, from: ProjectStage?, to: ProjectStage, on: CalendarDate, reason: String? = nil,
        recordedBy: String? = nil
    ) {
        self.projectID = projectID
        self.from = from
        self.to = to
        self.on = on
        self.reason = reason
        self.recordedBy = recordedBy
    }
}

/// A contact with an investor while a lead is followed (走访、洽谈、考察、签约仪式 …).
public struct ProjectFollowUp: Hashable, Sendable, Codable {
    public var id: Int64?
    public var projectID: Int64
    public var on: CalendarDate
    /// 走访、洽谈、考察、推介、其他.
    public var kind: String
    public var participants: String?
    public var summary: String

    public init(
        id: Int64? = nil, projectID: Int64, on: CalendarDate, kind: String, participants: String? = nil,
        summary: String
    ) {
        self.id = id
        self.projectID = projectID
        self.on = on
        self.kind = kind
        self.participants = participants
        self.summary = summary
    }

    public static let standardKinds = ["走访", "洽谈", "考察", "推介", "签约仪式", "其他"]
}

/// A configured industry chain (产业链) and its links (环节), e.g. 装备制造: 零部件、整机、配套服务.
public struct IndustryChain: Hashable, Sendable, Codable {
    public var name: String
    public var links: [String]

    public init(name: String, links: [String]) {
        self.name = name
        self.links = links
    }
}
