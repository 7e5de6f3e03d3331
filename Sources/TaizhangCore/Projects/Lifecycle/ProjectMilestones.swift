import Foundation

/// What a project's dates and stage history say about it: when it was signed, started, completed, put into
/// production or withdrawn, which stage it was in on a given day, and derived facts such as 当年签约当年开工,
/// which are never typed in. Dates on the record win; the history fills the ones a record lacks.
public struct ProjectMilestones: Hashable, Sendable {
    public let signedOn: CalendarDate?
    public let startedOn: CalendarDate?
    public let completedOn: CalendarDate?
    public let productionOn: CalendarDate?
    public let withdrawnOn: CalendarDate?
    /// The history in the order it was recorded.
    let history: [ProjectStageChange]
    /// The record's stage now, used when there is no history and no date to go by.
    let currentStage: ProjectStage

    /// `history` is the project's stage changes in the order they were recorded (the store's id order).
    public init(project: Project, history: [ProjectStageChange]) {
        func firstEntry(into stage: ProjectStage) -> CalendarDate? {
            history.first(where: { $0.to == stage })?.on
        }
        signedOn = project.signedOn ?? firstEntry(into: .signed)
        startedOn = project.actualStart ?? firstEntry(into: .started)
        completedOn = project.actualCompletion ?? firstEntry(into: .completed)
        productionOn = project.productionOn ?? firstEntry(into: .operating)
        withdrawnOn = project.withdrawnOn ?? (project.stage == .withdrawn ? firstEntry(into: .withdrawn) : nil)
        self.history = history
        currentStage = project.stage
    }

    public var signedYear: Int? { signedOn?.year }
    public var startedYear: Int? { startedOn?.year }
    public var completedYear: Int? { completedOn?.year }
    public var withdrawnYear: Int? { withdrawnOn?.year }

    /// 当年签约当年开工: signed and started in the same calendar year.
    public var isSignedAndStartedInSameYear: Bool {
        guard let signedYear, let startedYear else { return false }
        return signedYear == startedYear
    }

    /// The stage the project was in at the end of `day`; nil before it existed (or, without a history, before
    /// its first dated fact). 新开工 and 续建 follow the year rule: 新开工 in the year of the start, 续建 after.
    public func stage(asOf day: CalendarDate) -> ProjectStage? {
        if !history.isEmpty {
            // Recorded order, not date order: a change recorded late but dated early must not be overtaken by
            // an earlier-recorded change dated later.
            guard let last = history.last(where: { $0.on <= day }) else { return nil }
            return constructionStage(last.to, on: day)
        }
        if let withdrawnOn, withdrawnOn <= day { return .withdrawn }
        if let productionOn, productionOn <= day { return .operating }
        if let completedOn, completedOn <= day { return .completed }
        if let startedOn, startedOn <= day { return constructionStage(.started, on: day) }
        if let signedOn, signedOn <= day { return currentStage == .preparing ? .preparing : .signed }
        let undated =
            signedOn == nil && startedOn == nil && completedOn == nil && productionOn == nil
            && withdrawnOn == nil
        return undated ? currentStage : nil
    }

    /// Whether the project entered `stage` during `year`. 续建 is entered on 1 January of the year after the
    /// start by a project not completed or withdrawn before then.
    public func enteredStage(_ stage: ProjectStage, in year: Int) -> Bool {
        switch stage {
        case .signed: return signedOn?.year == year
        case .started: return startedOn?.year == year
        case .completed: return completedOn?.year == year
        case .operating: return productionOn?.year == year
        case .withdrawn: return withdrawnOn?.year == year
        case .continuing:
            if let startedOn, startedOn.year + 1 == year, let newYear = CalendarDate(year: year, month: 1, day: 1),
                !(completedOn.map { $0 < newYear } ?? false), !(withdrawnOn.map { $0 < newYear } ?? false)
            {
                return true
            }
            return history.contains { $0.to == .continuing && $0.on.year == year }
        case .lead, .negotiating, .preparing:
            return history.contains { $0.to == stage && $0.on.year == year }
        }
    }

    /// Signed on or before `day`. A record without a signing date counts as signed once it is in a stage that
    /// follows signing (imported 续建 projects often carry no signing date).
    public func isSigned(asOf day: CalendarDate) -> Bool {
        if let signedOn { return signedOn <= day }
        guard let stage = stage(asOf: day) else { return false }
        return !stage.isPromotion && stage != .withdrawn
    }

    /// Construction began on or before `day`.
    public func hasStarted(asOf day: CalendarDate) -> Bool { startedOn.map { $0 <= day } ?? false }

    /// Completed (竣工) on or before `day`.
    public func isCompleted(asOf day: CalendarDate) -> Bool { completedOn.map { $0 <= day } ?? false }

    /// Withdrawn (调整退出) on or before `day`.
    public func isWithdrawn(asOf day: CalendarDate) -> Bool { withdrawnOn.map { $0 <= day } ?? false }

    private func constructionStage(_ stage: ProjectStage, on day: CalendarDate) -> ProjectStage {
        guard stage == .started || stage == .continuing, let startedOn else { return stage }
        return startedOn.year < day.year ? .continuing : .started
    }
}
