import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

private let through = YearMonth(year: 2026, month: 10)!
private let asOf = CalendarDate(year: 2026, month: 10, day: 31)!
/// Generated once and shared by the tests.
private let ledger = DemoProjects(through: through)
private let historyByProject = Dictionary(grouping: ledger.stageChanges, by: \.projectID)
private let progressByProject = Dictionary(grouping: ledger.progress, by: \.projectID)

private func history(_ project: Project) -> [ProjectStageChange] { historyByProject[project.id!] ?? [] }
private func progress(_ project: Project) -> [ProjectProgress] { progressByProject[project.id!] ?? [] }

/// The last month a project reports in: its completion month, the month before its withdrawal, or `through`.
private func lastReportMonth(_ project: Project) -> YearMonth {
    if let completed = project.actualCompletion { return completed.yearMonth }
    if let withdrawn = project.withdrawnOn { return withdrawn.yearMonth.previous }
    return through
}

private func completed(_ project: Project, in year: Int) -> Decimal {
    progress(project).filter { $0.month.year == year }.map(\.completedInvestment).reduce(0, +)
}

@Suite("DemoProjects")
struct DemoProjectsTests {
    @Test func sameSeedGivesTheSameLedgerAndAnotherSeedDoesNot() {
        let again = DemoProjects(through: through)
        #expect(again == ledger)
        let other = DemoProjects(through: through, seed: 7)
        #expect(other.projects.count == ledger.projects.count)
        #expect(other.projects != ledger.projects)
    }

    @Test func threeHundredProjectsInEveryZoneMostlyInParks() {
        #expect(ledger.projects.count == 300)
        #expect(ledger.projects.map(\.id) == (1...300).map { Int64($0) })
        #expect(Set(ledger.projects.map(\.code)).count == 300)
        #expect(ledger.projects.map(\.code) == ledger.projects.map(\.code).sorted())
        let units = Dictionary(
            uniqueKeysWithValues: DemoCityLayout.units.enumerated().map { (Int64($0.offset + 1), $0.element) })
        var perZone: [String: Int] = [:]
        var inParks = 0
        for project in ledger.projects {
            let unit = try! #require(units[project.orgUnitID])
            #expect(unit.kind == .zone || unit.kind == .park, "\(project.code)")
            let zone = unit.kind == .zone ? unit.code : unit.parentCode!
            #expect(project.code.hasPrefix(zone + "-20"), "\(project.code) in \(unit.code)")
            perZone[zone, default: 0] += 1
            if unit.kind == .park { inParks += 1 }
        }
        #expect(perZone.count == 6)
        #expect(perZone.values.allSatisfy { (40...60).contains($0) }, "\(perZone)")
        #expect(inParks > 240, "\(inParks) in parks")
        // Names are distinct within a zone.
        for (_, projects) in Dictionary(grouping: ledger.projects, by: { $0.code.split(separator: "-")[1] }) {
            #expect(Set(projects.map(\.name)).count == projects.count)
        }
    }

    @Test func everyHistoryFollowsTheLifecycleAndMatchesTheDateFields() throws {
        for project in ledger.projects {
            let changes = history(project)
            #expect(changes.first?.from == nil && changes.first?.to == .lead, "\(project.code)")
            #expect(changes.last?.to == project.stage, "\(project.code)")
            #expect(changes.allSatisfy { $0.on <= asOf }, "\(project.code)")
            // Replaying the history through the lifecycle accepts every step and ends at the same dates.
            var replayed = project
            replayed.stage = .lead
            replayed.signedOn = nil
            replayed.contractValue = nil
            replayed.actualStart = nil
            replayed.actualCompletion = nil
            replayed.productionOn = nil
            replayed.withdrawnOn = nil
            replayed.withdrawalReason = nil
            for (previous, change) in zip(changes, changes.dropFirst()) {
                #expect(change.from == previous.to, "\(project.code)")
                #expect(previous.on < change.on, "\(project.code) \(previous.on) \(change.on)")
                let facts = StageFacts(
                    signedOn: change.to == .signed ? change.on : nil,
                    contractValue: change.to == .signed ? project.contractValue : nil,
                    actualStart: change.to == .started ? change.on : nil,
                    actualCompletion: change.to == .completed ? change.on : nil,
                    productionOn: change.to == .operating ? change.on : nil)
                let step = try ProjectLifecycle.advance(
                    replayed, to: change.to, on: change.on, facts: facts, reason: change.reason, by: nil)
                #expect(step.change.on == change.on, "\(project.code)")
                replayed = step.project
            }
            #expect(replayed.stage == project.stage)
            #expect(replayed.signedOn == project.signedOn, "\(project.code)")
            #expect(replayed.contractValue == project.contractValue, "\(project.code)")
            #expect(replayed.actualStart == project.actualStart, "\(project.code)")
            #expect(replayed.actualCompletion == project.actualCompletion, "\(project.code)")
            #expect(replayed.productionOn == project.productionOn, "\(project.code)")
            #expect(replayed.withdrawnOn == project.withdrawnOn, "\(project.code)")
            #expect(replayed.withdrawalReason == project.withdrawalReason, "\(project.code)")
            if let continuing = changes.first(where: { $0.to == .continuing }) {
                #expect(continuing.on == CalendarDate(year: project.actualStart!.year + 1, month: 1, day: 1)!)
            }
            if project.signedOn != nil {
                #expect(project.plannedStart != nil && project.plannedCompletion! > project.plannedStart!)
            }
        }
    }

    @Test func everyStageOccursAndSomeProjectsAreWithdrawnWithAReason() {
        let stages = Dictionary(grouping: ledger.projects, by: \.stage).mapValues(\.count)
        for stage in ProjectStage.allCases { #expect((stages[stage] ?? 0) >= 3, "\(stage): \(stages)") }
        #expect((stages[.operating] ?? 0) < 150)
        #expect(ledger.projects.filter(\.stage.isDispatched).count >= 80)
        let withdrawn = ledger.projects.filter { $0.stage == .withdrawn }
        #expect((5...25).contains(withdrawn.count))
        #expect(withdrawn.allSatisfy { ($0.withdrawalReason?.count ?? 0) >= 10 && $0.withdrawnOn != nil })
        // Some were dropped during negotiation, some after signing.
        #expect(withdrawn.contains { $0.signedOn == nil })
        #expect(withdrawn.contains { $0.signedOn != nil })
    }

    @Test func manyProjectsAreSignedAndStartedInTheSameYear() {
        let sameYear = ledger.projects.filter {
            ProjectMilestones(project: $0, history: history($0)).isSignedAndStartedInSameYear
        }
        #expect(sameYear.count >= 30)
        #expect(sameYear.contains { $0.signedOn!.year == 2026 })
        let startedLater = ledger.projects.filter { $0.actualStart != nil && $0.actualStart!.year > $0.signedOn!.year }
        #expect(startedLater.count >= 10)
    }

    @Test func everyDispatchedMonthHasOneReportBetweenSigningAndCompletion() {
        var reports = 0
        for project in ledger.projects {
            let months = progress(project).map(\.month)
            guard let signed = project.signedOn else {
                #expect(months.isEmpty, "\(project.code)")
                continue
            }
            let expected = DemoDays.months(from: signed.yearMonth, through: lastReportMonth(project))
            #expect(months == expected, "\(project.code)")
            reports += months.count
            let milestones = ProjectMilestones(project: project, history: history(project))
            for month in months {
                #expect(milestones.isSigned(asOf: CalendarDate.lastDay(of: month)))
                #expect(!milestones.isCompleted(asOf: CalendarDate.lastDay(of: month.previous)))
                #expect(!milestones.isWithdrawn(asOf: CalendarDate.lastDay(of: month)))
            }
            for entry in progress(project) {
                #expect(entry.completedInvestment >= 0 && entry.fundsInPlace! >= 0)
                #expect(entry.completedInvestment == entry.completedInvestment.roundedHalfUp(scale: 1))
                #expect(!(entry.progressNote ?? "").isEmpty)
            }
            if project.actualStart == nil {
                // Before construction only the land (or design) is paid, once.
                #expect(progress(project).filter { $0.completedInvestment > 0 }.count <= 1, "\(project.code)")
            }
        }
        #expect(reports == ledger.progress.count)
        #expect(ledger.progress.count > 3_000)
    }

    @Test func amountsAreRealisticAndCompletedProjectsSpentAboutTheirTotal() {
        let signed = ledger.projects.filter { $0.signedOn != nil }
        for project in signed {
            let contract = project.contractValue!
            #expect(contract >= 5_000 && contract <= 300_000, "\(project.code)")
            let ratio = project.plannedInvestment! / contract
            #expect(ratio >= Decimal(string: "0.9")! && ratio <= Decimal(string: "1.06")!, "\(project.code)")
        }
        let aboveBillion = signed.filter { $0.contractValue! >= 100_000 }.count
        #expect(aboveBillion >= 5 && aboveBillion <= 30, "\(aboveBillion)")
        #expect(signed.filter { $0.contractValue! < 30_000 }.count > signed.count / 3)
        for project in ledger.projects where project.actualCompletion != nil {
            let spent = progress(project).map(\.completedInvestment).reduce(0, +)
            let share = spent / project.plannedInvestment!
            #expect(share >= Decimal(string: "0.9")! && share <= Decimal(string: "1.05")!, "\(project.code): \(share)")
            // Plans are reset every January from what remains, so a lagging project's plans add up to more.
            let planned = project.annualPlans.values.reduce(0, +) / project.plannedInvestment!
            #expect(
                planned >= Decimal(string: "0.65")! && planned <= Decimal(string: "1.6")!, "\(project.code): \(planned)"
            )
        }
        // Plans only for the years from signing to completion or withdrawal.
        for project in signed {
            let years = project.annualPlans.keys
            #expect(years.allSatisfy { $0 >= project.signedOn!.year }, "\(project.code)")
            if let end = project.actualCompletion ?? project.withdrawnOn {
                #expect(years.allSatisfy { $0 <= end.year }, "\(project.code)")
            }
            #expect(project.annualPlans.values.allSatisfy { $0 > 0 && $0 == $0.roundedHalfUp(scale: -1) })
        }
    }

    @Test func everyDispatchedProjectHasA2026PlanAndSomeLagFarBehindTime() {
        var lagging = 0
        var ahead = 0
        for project in ledger.projects where project.stage.isDispatched {
            let plan = project.annualPlan(for: 2026)
            #expect(plan > 0, "\(project.code)")
            guard project.actualStart != nil, plan > 0 else { continue }
            // Time elapsed at October is 10/12 = 83.3%; lagging is 10 points or more behind.
            let rate = completed(project, in: 2026) * 100 / plan
            if rate < Decimal(7_333) / 100 { lagging += 1 }
            if rate > Decimal(8_333) / 100 { ahead += 1 }
        }
        #expect(lagging >= 10, "\(lagging) lagging")
        #expect(ahead >= 10, "\(ahead) ahead")
        #expect(ledger.progress.contains { $0.progressNote == "资金未到位，现场施工基本停滞" })
    }

    @Test func levelsOriginsChainsAndPeopleAreFilledIn() {
        let signed = ledger.projects.filter { $0.signedOn != nil }
        let levels = signed.flatMap(\.levels)
        let count = Dictionary(grouping: levels, by: { $0 }).mapValues(\.count)
        #expect((count[.provincialKey] ?? 0) >= 3 && (count[.provincialKey] ?? 0) <= 20)
        #expect((count[.provincialHundred] ?? 0) >= 2)
        #expect((count[.cityKey] ?? 0) + (count[.cityHundredChain] ?? 0) > (count[.provincialKey] ?? 0) * 3)
        #expect((count[.countyKey] ?? 0) > signed.count / 3)
        #expect(signed.filter { $0.levels.count == 2 }.count >= 10)
        #expect(ledger.projects.filter { $0.signedOn == nil }.allSatisfy { $0.levels.isEmpty })

        #expect(Set(ledger.projects.compactMap(\.investorOrigin)) == ["京津冀", "长三角", "珠三角", "本省", "港澳台", "海外"])
        #expect(ledger.projects.allSatisfy { ($0.investor ?? "").hasSuffix("公司") })
        let chains = Dictionary(uniqueKeysWithValues: ProjectSchema.defaultChainList.map { ($0.0, Set($0.1)) })
        #expect(Set(ledger.projects.compactMap(\.industryChain)) == Set(chains.keys))
        for project in ledger.projects {
            if let chain = project.industryChain, let link = project.chainLink {
                #expect(chains[chain]!.contains(link), "\(project.code): \(chain)/\(link)")
            }
            #expect(!project.liaisonLeaders.isEmpty && (3...4).contains(project.taskForce.count))
            #expect(project.responsibleUnit != nil && project.serviceUnit != nil && project.content != nil)
        }
        #expect(Set(ledger.projects.compactMap(\.promotionMethod)).count >= 8)
        #expect(Set(ledger.projects.compactMap(\.constructionNature)) == Set(ConstructionNature.allCases))
        #expect(ledger.projects.contains { $0.projectType == "基础设施项目" })
        // A leader answers for several projects.
        let perLeader = Dictionary(grouping: ledger.projects.flatMap(\.liaisonLeaders), by: { $0 }).mapValues(\.count)
        #expect(perLeader.values.filter { $0 >= 8 }.count >= 10)
    }

    @Test func mattersAreMostlySolvedAndSomeOpenOnesAreOverdue() {
        let projects = Dictionary(uniqueKeysWithValues: ledger.projects.map { ($0.id!, $0) })
        #expect((120...180).contains(ledger.matters.count), "\(ledger.matters.count)")
        let resolved = ledger.matters.filter { $0.status == .resolved }
        #expect(resolved.count * 100 / ledger.matters.count >= 55 && resolved.count * 100 / ledger.matters.count <= 85)
        let overdue = ledger.matters.filter { $0.isOverdue(asOf: asOf) }
        #expect(overdue.count >= 5)
        #expect(Set(ledger.matters.map(\.kind)) == Set(MatterKind.allCases))
        for matter in ledger.matters {
            let project = projects[matter.projectID!]!
            #expect(matter.orgUnitID == project.orgUnitID)
            #expect(matter.raisedOn >= project.signedOn! && matter.raisedOn <= asOf)
            #expect(matter.raisedOn.yearMonth <= lastReportMonth(project))
            #expect(matter.deadline! > matter.raisedOn)
            if matter.status == .resolved {
                #expect(matter.resolvedOn! >= matter.raisedOn && matter.resolvedOn! <= asOf)
                #expect(!(matter.resolution ?? "").isEmpty)
            } else {
                // Only projects still under way have open problems.
                #expect(matter.resolvedOn == nil && matter.resolution == nil)
                #expect(project.stage.isDispatched, "\(project.code)")
            }
        }
    }

    @Test func knownFiguresStayTheSameAcrossRunsAndPlatforms() {
        // Pinned so that a change to the generator (and to every demo screenshot) is deliberate.
        #expect(ledger.stageChanges.count == 1_555)
        #expect(ledger.progress.count == 3_378)
        #expect(ledger.matters.count == 142)
        #expect(ledger.followUps.count == 895)
        let first = ledger.projects[0]
        #expect(first.code == "HX-BS-2021-001")
        #expect(first.name == "卓峰年产20万立方米加气混凝土砌块二期项目")
        #expect(first.contractValue == 22_400)
        #expect(ledger.progress.map(\.completedInvestment).reduce(0, +) == Decimal(string: "7772452.4")!)
    }

    @Test func followUpsLeadToTheSigning() {
        #expect(ledger.followUps.count > 500)
        let projects = Dictionary(uniqueKeysWithValues: ledger.projects.map { ($0.id!, $0) })
        for followUp in ledger.followUps {
            let project = projects[followUp.projectID]!
            let lead = history(project)[0].on
            #expect(followUp.on >= lead && followUp.on <= asOf)
            if followUp.kind == "签约仪式" {
                #expect(followUp.on == project.signedOn)
            } else if let signed = project.signedOn {
                #expect(followUp.on < signed)
            }
            #expect(ProjectFollowUp.standardKinds.contains(followUp.kind))
        }
    }
}

/// Serialized, and on shorter spans than the product's, because every test loads a whole demo city while the
/// DemoLoader suite measures its own load time.
@Suite("DemoProjectsLoader", .serialized)
struct DemoProjectsLoaderTests {
    @Test("the demo load writes the project ledger with the city and reads back exactly", arguments: TestEngine.all)
    func loadsWithTheCity(engine: TestEngine) async throws {
        let through = YearMonth(year: 2025, month: 3)!
        let ledger = DemoProjects(through: through)
        let historyByProject = Dictionary(grouping: ledger.stageChanges, by: \.projectID)
        let progressByProject = Dictionary(grouping: ledger.progress, by: \.projectID)
        try await TestDatabase.with(engine) { db in
            _ = try await DemoLoader.load(into: db, through: through)
            #expect(try await db.projects.count() == 300)
            let stored = try await db.projects.list()
            let generated = Dictionary(uniqueKeysWithValues: ledger.projects.map { ($0.code, $0) })
            var idOfCode: [String: Int64] = [:]
            for project in stored {
                var expected = try #require(generated[project.code])
                expected.id = project.id
                #expect(project == expected, "\(project.code)")
                idOfCode[project.code] = project.id
            }
            #expect(stored.map(\.code) == ledger.projects.map(\.code))
            let generatedCode = Dictionary(uniqueKeysWithValues: ledger.projects.map { ($0.id!, $0.code) })
            func storedID(_ generatedID: Int64) -> Int64 { idOfCode[generatedCode[generatedID]!]! }

            let histories = try await db.projects.stageHistories(projectIDs: nil)
            #expect(histories.values.map(\.count).reduce(0, +) == ledger.stageChanges.count)
            for project in ledger.projects where project.id! % 25 == 0 {
                let id = storedID(project.id!)
                let expectedHistory = historyByProject[project.id!]!.map {
                    var c = $0; c.projectID = id; return c
                }
                #expect(histories[id] == expectedHistory, "\(project.code)")
                let expectedProgress = (progressByProject[project.id!] ?? []).map {
                    var p = $0; p.projectID = id; return p
                }
                #expect(try await db.projects.progress(projectID: id) == expectedProgress, "\(project.code)")
                let expectedFollowUps = ledger.followUps.filter { $0.projectID == project.id }
                let followUps = try await db.projects.followUps(projectID: id)
                #expect(
                    followUps.map {
                        var f = $0; f.id = nil; f.projectID = project.id!; return f
                    } == expectedFollowUps)
            }

            let matters = try await db.matters.list()
            #expect(matters.count == ledger.matters.count)
            let expectedMatters = ledger.matters.map {
                var m = $0; m.projectID = storedID(m.projectID!); return m
            }
            #expect(
                Set(
                    matters.map {
                        var m = $0; m.id = nil; return m
                    }) == Set(expectedMatters))
            #expect(
                try await db.matters.list(status: .open).count == ledger.matters.filter { $0.status == .open }.count)

            // Every chain and link the demo uses is configured.
            let chains = Dictionary(
                uniqueKeysWithValues: try await db.projects.industryChains().map { ($0.name, Set($0.links)) })
            for project in stored {
                guard let chain = project.industryChain, let link = project.chainLink else { continue }
                #expect(chains[chain]?.contains(link) == true, "\(project.code)")
            }
        }
    }

    @Test("a second demo load is refused and duplicates no project", arguments: TestEngine.all)
    func refusesSecondLoad(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { db in
            _ = try await DemoLoader.load(into: db, through: YearMonth(year: 2023, month: 2)!)
            let projects = try await db.projects.count()
            let matters = try await db.matters.list().count
            #expect(projects == 300)
            await #expect(throws: DemoLoaderError.alreadyLoaded(code: "HX")) {
                _ = try await DemoLoader.load(into: db, through: YearMonth(year: 2023, month: 2)!)
            }
            #expect(try await db.projects.count() == projects)
            #expect(try await db.matters.list().count == matters)
        }
    }

    @Test("projects follow the demo units when their ids are shifted", arguments: TestEngine.all)
    func followsShiftedUnits(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { db in
            try await db.orgUnits.insertAll([OrgUnit(id: 1, code: "QT", name: "其他市", kind: .city, parentID: nil)])
            _ = try await DemoLoader.load(into: db, through: YearMonth(year: 2023, month: 2)!)
            let jk = try #require(try await db.orgUnits.find(code: "HX-JK"))
            let parks = try await db.orgUnits.all().filter { $0.parentID == jk.id }.map(\.id)
            let inJK = try await db.projects.list(ProjectFilter(orgUnitIDs: Set(parks + [jk.id])))
            #expect(!inJK.isEmpty)
            #expect(inJK.allSatisfy { $0.code.hasPrefix("HX-JK-") })
            #expect(try await db.projects.list(ProjectFilter(orgUnitIDs: [1])).isEmpty)
        }
    }
}
