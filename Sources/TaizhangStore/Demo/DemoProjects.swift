import Foundation
import TaizhangCore

/// The demo city's project ledger (招商引资 + 重点项目): about 300 projects in the six zones and their parks, each
/// with a stage history from its first lead, monthly progress for every dispatched month, problems and follow-ups.
/// Deterministic: the same seed and month always give the same ledger.
public struct DemoProjects: Sendable, Equatable {
    /// The last month with progress; every date lies on or before its last day.
    public let through: YearMonth
    /// Ordered by code (zone, then year of the lead, then number); ids are 1, 2, 3 … in that order, and org unit
    /// ids are those of `DemoCity` (plus the loader's offset).
    public let projects: [Project]
    /// Every project's history in order, oldest change first.
    public let stageChanges: [ProjectStageChange]
    public let progress: [ProjectProgress]
    public let matters: [Matter]
    public let followUps: [ProjectFollowUp]

    /// Generates the ledger through `through` with `seed`, for the demo city's org unit ids.
    public init(through: YearMonth = DemoCity.defaultThrough, seed: UInt64 = DemoCity.defaultSeed) {
        self.init(through: through, seed: seed, orgUnitOffset: 0)
    }

    /// Like `init(through:seed:)` with every org unit id shifted by `orgUnitOffset` (the loader's offset past units
    /// that existed before the demo).
    init(through: YearMonth, seed: UInt64, orgUnitOffset: Int64) {
        self.through = through
        var unitIDs: [String: Int64] = [:]
        for (index, unit) in DemoCityLayout.units.enumerated() { unitIDs[unit.code] = Int64(index + 1) + orgUnitOffset }

        var drafts: [(code: String, draft: DemoProjectDraft)] = []
        for zone in DemoProjectPeople.zones {
            let builder = DemoProjectBuilder(zone: zone, seed: seed, through: through, unitIDs: unitIDs)
            var built = (0..<zone.projectCount).map { builder.build(index: $0) }
            Self.makeNamesDistinct(&built)
            let ordered = built.enumerated().sorted { ($0.element.leadOn, $0.offset) < ($1.element.leadOn, $1.offset) }
            var numberInYear: [Int: Int] = [:]
            for (_, draft) in ordered {
                let year = draft.leadOn.year
                numberInYear[year, default: 0] += 1
                let number = numberInYear[year]!
                let padded = String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number)
                drafts.append(("\(zone.code)-\(year)-\(padded)", draft))
            }
        }
        drafts.sort { $0.code < $1.code }

        var projects: [Project] = []
        var changes: [ProjectStageChange] = []
        var progress: [ProjectProgress] = []
        var matters: [Matter] = []
        var followUps: [ProjectFollowUp] = []
        for (index, entry) in drafts.enumerated() {
            let id = Int64(index + 1)
            var project = entry.draft.project
            project.id = id
            project.code = entry.code
            projects.append(project)
            var previous: ProjectStage?
            for event in entry.draft.events {
                changes.append(
                    ProjectStageChange(
                        projectID: id, from: previous, to: event.stage, on: event.on, reason: event.reason))
                previous = event.stage
            }
            progress += entry.draft.progress.map {
                var p = $0; p.projectID = id; return p
            }
            matters += entry.draft.matters.map {
                var m = $0; m.projectID = id; return m
            }
            followUps += entry.draft.followUps.map {
                var f = $0; f.projectID = id; return f
            }
        }
        self.projects = projects
        self.stageChanges = changes
        self.progress = progress
        self.matters = matters
        self.followUps = followUps
    }

    /// Two projects of a zone with the same name get the investor's brand in front, then a phase (二期, 三期 …).
    private static func makeNamesDistinct(_ drafts: inout [DemoProjectDraft]) {
        var used: Set<String> = []
        for index in drafts.indices {
            var name = drafts[index].project.name
            if used.contains(name), !name.hasPrefix(drafts[index].brand) { name = drafts[index].brand + name }
            var phase = 2
            let stem = name.hasSuffix("项目") ? String(name.dropLast(2)) : name
            while used.contains(name) {
                let numeral = phase <= 9 ? ["二", "三", "四", "五", "六", "七", "八", "九"][phase - 2] : "\(phase)"
                name = stem + "（\(numeral)期）项目"
                phase += 1
            }
            used.insert(name)
            drafts[index].project.name = name
        }
    }

    /// The ledger as the store's bulk seed: projects without ids, everything else linked by index.
    public func seed() -> ProjectSeed {
        let index = { (id: Int64) in Int(id) - 1 }
        return ProjectSeed(
            projects: projects.map {
                var p = $0; p.id = nil; return p
            },
            histories: stageChanges.map { (index($0.projectID), $0) },
            progress: progress.map { (index($0.projectID), $0) },
            matters: matters.map { (index($0.projectID!), $0) },
            followUps: followUps.map { (index($0.projectID), $0) })
    }
}
