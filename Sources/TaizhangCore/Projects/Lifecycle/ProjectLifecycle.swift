import Foundation

/// The project lifecycle as a pure state machine: which stage may follow which, the facts each stage needs
/// (a signing date and value to sign, a start date to become 新开工, a reason to withdraw), and the history entry
/// every change leaves. Rules and reasons: docs/projects.md.
public enum ProjectLifecycle {
    /// Characters a withdrawal reason must have at least (after trimming spaces), as in the review workflow.
    public static let minimumReasonLength = WorkflowMachine.minimumReasonLength

    /// The stages `stage` may change to, in the order a form offers them. 投产 and 调整退出 are final.
    public static func allowedTargets(from stage: ProjectStage) -> [ProjectStage] {
        switch stage {
        case .lead: [.negotiating, .signed, .withdrawn]
        case .negotiating: [.signed, .lead, .withdrawn]
        case .signed: [.preparing, .started, .withdrawn]
        case .preparing: [.started, .withdrawn]
        case .started: [.continuing, .completed, .withdrawn]
        case .continuing: [.completed, .withdrawn]
        case .completed: [.operating]
        case .operating, .withdrawn: []
        }
    }

    /// Whether `from` may change to `to`.
    public static func canAdvance(from: ProjectStage, to: ProjectStage) -> Bool {
        allowedTargets(from: from).contains(to)
    }

    /// The facts a change to `target` needs (on the project already or given with the change).
    public static func requiredFacts(for target: ProjectStage) -> [StageFact] {
        switch target {
        case .signed: [.signedOn, .contractValue]
        case .started: [.actualStart]
        case .completed: [.actualCompletion]
        case .operating: [.productionOn]
        case .withdrawn: [.withdrawalReason]
        case .lead, .negotiating, .preparing, .continuing: []
        }
    }

    /// Moves `project` to `stage`, recorded on `day` by `user`: checks the transition and its facts, sets the
    /// project's date fields from the facts and returns the history entry. The entry is dated when the stage was
    /// really entered (the signing, start, completion or production date; `day` for the others), so the history
    /// answers "which stage on date D" even when a change is recorded late. A project without an id gets
    /// projectID 0 in the entry; the store sets it when it saves both.
    public static func advance(
        _ project: Project, to stage: ProjectStage, on day: CalendarDate, facts: StageFacts, reason: String?,
        by user: String?
    ) throws(ProjectLifecycleError) -> (project: Project, change: ProjectStageChange) {
        let name = displayName(of: project)
        guard project.stage != stage else { throw .unchanged(project: name, stage: stage) }
        guard canAdvance(from: project.stage, to: stage) else {
            throw .transitionNotAllowed(
                project: name, from: project.stage, to: stage, allowed: allowedTargets(from: project.stage))
        }
        let trimmedReason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        let note = (trimmedReason?.isEmpty ?? true) ? nil : trimmedReason
        var updated = project
        updated.stage = stage
        var enteredOn = day

        switch stage {
        case .signed:
            let signedOn = try fact(facts.signedOn ?? project.signedOn, .signedOn, for: stage, name)
            try notAfter(signedOn, day, .signedOn, name)
            guard let value = facts.contractValue ?? project.contractValue else {
                throw .missingFact(project: name, target: stage, fact: .contractValue)
            }
            guard value > 0 else { throw .nonPositiveContractValue(project: name, value: value) }
            updated.signedOn = signedOn
            updated.contractValue = value
            enteredOn = signedOn
        case .started:
            let start = try fact(facts.actualStart ?? project.actualStart, .actualStart, for: stage, name)
            try notAfter(start, day, .actualStart, name)
            try notBefore(start, .actualStart, project.signedOn, .signedOn, name)
            updated.actualStart = start
            enteredOn = start
        case .continuing:
            if let start = project.actualStart, start.year >= day.year {
                throw .continuingBeforeYearEnd(project: name, startYear: start.year)
            }
        case .completed:
            let completion = try fact(
                facts.actualCompletion ?? project.actualCompletion, .actualCompletion, for: stage, name)
            try notAfter(completion, day, .actualCompletion, name)
            try notBefore(completion, .actualCompletion, project.actualStart, .actualStart, name)
            updated.actualCompletion = completion
            enteredOn = completion
        case .operating:
            let production = try fact(facts.productionOn ?? project.productionOn, .productionOn, for: stage, name)
            try notAfter(production, day, .productionOn, name)
            try notBefore(production, .productionOn, project.actualCompletion, .actualCompletion, name)
            updated.productionOn = production
            enteredOn = production
        case .withdrawn:
            guard let note, note.count >= minimumReasonLength else {
                throw .reasonRequired(project: name, minimum: minimumReasonLength)
            }
            updated.withdrawnOn = day
            updated.withdrawalReason = note
        case .lead, .negotiating, .preparing:
            break
        }
        let change = ProjectStageChange(
            projectID: project.id ?? 0, from: project.stage, to: stage, on: enteredOn, reason: note, recordedBy: user)
        return (updated, change)
    }

    /// The first entry of a new record's history: it entered its current stage on `day`, or earlier on the
    /// stage's own date when the record carries it (a 续建 project imported with its start date).
    public static func creation(of project: Project, on day: CalendarDate, by user: String?) -> ProjectStageChange {
        let on = stageDate(of: project).map { min($0, day) } ?? day
        return ProjectStageChange(projectID: project.id ?? 0, from: nil, to: project.stage, on: on, recordedBy: user)
    }

    /// 新开工 → 续建 at the year change: a project still 新开工 whose start lies before `year` becomes 续建 on
    /// 1 January of `year`; nil when nothing changes. Statistics do not depend on this being run (they read the
    /// dates), but the stage shown on the board does.
    public static func rollOver(
        _ project: Project, into year: Int, by user: String?
    ) -> (project: Project, change: ProjectStageChange)? {
        guard project.stage == .started, let start = project.actualStart, start.year < year,
            let newYear = CalendarDate(year: year, month: 1, day: 1)
        else { return nil }
        var updated = project
        updated.stage = .continuing
        let change = ProjectStageChange(
            projectID: project.id ?? 0, from: .started, to: .continuing, on: newYear, recordedBy: user)
        return (updated, change)
    }

    /// The name used in messages: the project name, or its code when the name is empty.
    static func displayName(of project: Project) -> String {
        let name = project.name.trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? project.code : name
    }

    /// The date a record's current stage carries itself, if any.
    static func stageDate(of project: Project) -> CalendarDate? {
        switch project.stage {
        case .signed, .preparing: project.signedOn
        case .started, .continuing: project.actualStart
        case .completed: project.actualCompletion
        case .operating: project.productionOn
        case .withdrawn: project.withdrawnOn
        case .lead, .negotiating: nil
        }
    }

    private static func fact(
        _ value: CalendarDate?, _ fact: StageFact, for target: ProjectStage, _ name: String
    ) throws(ProjectLifecycleError) -> CalendarDate {
        guard let value else { throw .missingFact(project: name, target: target, fact: fact) }
        return value
    }

    private static func notAfter(
        _ date: CalendarDate, _ day: CalendarDate, _ fact: StageFact, _ name: String
    ) throws(ProjectLifecycleError) {
        if date > day { throw .dateInFuture(project: name, fact: fact, date: date, day: day) }
    }

    private static func notBefore(
        _ date: CalendarDate, _ fact: StageFact, _ earlierDate: CalendarDate?, _ earlier: StageFact, _ name: String
    ) throws(ProjectLifecycleError) {
        if let earlierDate, date < earlierDate {
            throw .dateOutOfOrder(project: name, fact: fact, date: date, earlier: earlier, earlierDate: earlierDate)
        }
    }
}
