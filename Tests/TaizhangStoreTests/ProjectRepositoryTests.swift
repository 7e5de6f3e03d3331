import Foundation
import TaizhangCore
import Testing

@testable import TaizhangStore

/// Projects and org units most project tests start from.
enum ProjectFixtures {
    static let clerk = AuditActor(userID: nil, username: "zhaolei")

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    struct Ledger {
        var tree: Fixtures.Tree
        /// A second zone of the same district.
        var otherZone: OrgUnit
        /// In the park; continuing; 省重点 + 市重点; 新材料; leaders 王市长, 李局长.
        var a: Project
        /// In the zone; lead; 县级重点; 装备制造; leader 李局长; investor from Beijing.
        var b: Project
        /// In the other zone; completed; 市重点; 新材料; leader 王市长助理; a name with `100%`.
        var c: Project
    }

    static func seed(_ database: TaizhangDatabase) async throws -> Ledger {
        let tree = try await Fixtures.seed(database)
        let other = try await database.orgUnits.create(
            code: "HX-GX", name: "河西高新区", kind: .zone, parentID: tree.district.id)
        let a = try await database.projects.create(
            Project(
                code: "HX-JK-2026-001", name: "年产5万吨高性能复合材料项目", orgUnitID: tree.park.id, stage: .continuing,
                investor: "华东新材料集团", investorOrigin: "长三角", industry: "化学原料和化学制品制造业",
                industryChain: "新材料", chainLink: "复合材料", levels: [.provincialKey, .cityKey],
                constructionNature: .new, projectType: "产业项目", content: "建设生产车间4栋及配套设施",
                promotionMethod: "产业链招商", contractValue: Fixtures.decimal("150000"),
                plannedInvestment: Fixtures.decimal("120000.5"),
                annualPlans: [2025: Fixtures.decimal("20000"), 2026: Fixtures.decimal("30000.25")],
                signedOn: day(2025, 3, 18), plannedStart: day(2025, 6, 1), actualStart: day(2025, 6, 20),
                plannedCompletion: day(2027, 6, 30), isInStatistics: true, liaisonLeaders: ["王市长", "李局长"],
                responsibleUnit: "河西经开区管委会", serviceUnit: "市发改委", taskForce: ["张伟", "刘洋"],
                expectedAnnualOutput: Fixtures.decimal("250000"), expectedAnnualTax: Fixtures.decimal("12000.5")),
            by: clerk)
        let b = try await database.projects.create(
            Project(
                code: "HX-JK-2026-002", name: "智能农机整机制造项目", orgUnitID: tree.zone.id, stage: .lead,
                investor: "北京智造科技有限公司", investorOrigin: "京津冀", industryChain: "装备制造", levels: [.countyKey],
                liaisonLeaders: ["李局长"]),
            by: clerk)
        let c = try await database.projects.create(
            Project(
                code: "HX-GX-2025-003", name: "智能装备100%国产化项目", orgUnitID: other.id, stage: .completed,
                industryChain: "新材料", levels: [.cityKey], plannedInvestment: Fixtures.decimal("8000"),
                liaisonLeaders: ["王市长助理"]),
            by: clerk)
        return Ledger(tree: tree, otherZone: other, a: a, b: b, c: c)
    }
}

@Suite("Project repository")
struct ProjectRepositoryTests {
    @Test("a project round-trips every field exactly; find by id and by code", arguments: TestEngine.all)
    func roundTrip(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let id = try #require(ledger.a.id)
            let found = try #require(try await database.projects.find(id: id))
            #expect(found == ledger.a)
            #expect(found.plannedInvestment == Fixtures.decimal("120000.5"))
            #expect(found.annualPlan(for: 2026) == Fixtures.decimal("30000.25"))
            #expect(found.levels == [.provincialKey, .cityKey])
            #expect(found.liaisonLeaders == ["王市长", "李局长"])
            #expect(found.actualStart == ProjectFixtures.day(2025, 6, 20))
            #expect(found.isInStatistics)
            #expect(try await database.projects.find(code: " HX-JK-2026-002 ") == ledger.b)
            #expect(try await database.projects.find(code: "NOPE") == nil)
            #expect(try await database.projects.find(id: 999_999) == nil)
        }
    }

    @Test("list filters by unit, stage, level, chain, leader and text; paging and count", arguments: TestEngine.all)
    func filters(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let projects = database.projects
            func codes(_ filter: ProjectFilter) async throws -> [String] {
                try await projects.list(filter).map(\.code)
            }
            let (a, b, c) = (ledger.a.code, ledger.b.code, ledger.c.code)
            // Ordered by code: HX-GX… before HX-JK….
            #expect(try await codes(ProjectFilter()) == [c, a, b])
            #expect(try await codes(ProjectFilter(orgUnitIDs: [ledger.tree.park.id])) == [a])
            #expect(try await codes(ProjectFilter(orgUnitIDs: [ledger.tree.zone.id, ledger.tree.park.id])) == [a, b])
            #expect(try await codes(ProjectFilter(orgUnitIDs: [])) == [])
            #expect(try await codes(ProjectFilter(stages: [.lead, .completed])) == [c, b])
            #expect(try await codes(ProjectFilter(level: .cityKey)) == [c, a])
            #expect(try await codes(ProjectFilter(level: .provincialHundred)) == [])
            #expect(try await codes(ProjectFilter(industryChain: "新材料")) == [c, a])
            // An exact leader: 王市长 is not 王市长助理.
            #expect(try await codes(ProjectFilter(liaisonLeader: "王市长")) == [a])
            #expect(try await codes(ProjectFilter(liaisonLeader: "李局长")) == [a, b])
            #expect(try await codes(ProjectFilter(liaisonLeader: "王%")) == [])
            #expect(try await codes(ProjectFilter(text: "北京")) == [b])
            #expect(try await codes(ProjectFilter(text: "hx-gx")) == [c])
            #expect(try await codes(ProjectFilter(text: "复合材料")) == [a])
            #expect(try await codes(ProjectFilter(text: "100%")) == [c])
            #expect(try await codes(ProjectFilter(text: "_")) == [])
            #expect(try await codes(ProjectFilter(level: .cityKey, industryChain: "新材料", text: "复合")) == [a])
            #expect(try await codes(ProjectFilter(limit: 2, offset: 1)) == [a, b])
            #expect(try await projects.count(ProjectFilter(limit: 1)) == 3)
            #expect(try await projects.count(ProjectFilter(stages: [.continuing, .completed])) == 2)
            #expect(try await projects.count(ProjectFilter(liaisonLeader: "李局长")) == 2)
            // Plans come with listed projects too.
            #expect(try await projects.list(ProjectFilter(text: "复合")).first?.annualPlans == ledger.a.annualPlans)
        }
    }

    @Test("a code is unique; bad fields are refused in Chinese naming the project", arguments: TestEngine.all)
    func refusals(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let copy = Project(code: ledger.a.code, name: "另一个项目", orgUnitID: ledger.tree.zone.id)
            let duplicate = ProjectStoreError.duplicateProjectCode("HX-JK-2026-001")
            await #expect(throws: duplicate) { try await database.projects.create(copy, by: ProjectFixtures.clerk) }
            #expect(duplicate.userMessage == "项目编号“HX-JK-2026-001”已存在，请换一个编号。")
            var renamed = ledger.b
            renamed.code = ledger.a.code
            await #expect(throws: duplicate) { try await database.projects.update(renamed, by: ProjectFixtures.clerk) }

            await #expect(throws: ProjectStoreError.invalidField(project: "新项目", field: "项目编号", problem: "不能为空")) {
                try await database.projects.create(
                    Project(code: " ", name: "新项目", orgUnitID: ledger.tree.zone.id), by: ProjectFixtures.clerk)
            }
            let longName = String(repeating: "项", count: TextLimits.name + 1)
            await #expect(throws: ProjectStoreError.self) {
                try await database.projects.create(
                    Project(code: "X-1", name: longName, orgUnitID: ledger.tree.zone.id), by: ProjectFixtures.clerk)
            }
            await #expect(
                throws: ProjectStoreError.unencodableAmount(project: "X-2", field: "计划总投资", value: "0.000000001")
            ) {
                try await database.projects.create(
                    Project(
                        code: "X-2", name: "精度过高", orgUnitID: ledger.tree.zone.id,
                        plannedInvestment: Fixtures.decimal("0.000000001")), by: ProjectFixtures.clerk)
            }
            await #expect(throws: ProjectStoreError.self) {
                try await database.projects.create(
                    Project(code: "X-3", name: "分隔符", orgUnitID: ledger.tree.zone.id, liaisonLeaders: ["王|李"]),
                    by: ProjectFixtures.clerk)
            }
            await #expect(
                throws: ProjectStoreError.invalidField(project: "X-4", field: "所属组织", problem: "不存在（组织编号424242）")
            ) {
                try await database.projects.create(
                    Project(code: "X-4", name: "无组织", orgUnitID: 424_242), by: ProjectFixtures.clerk)
            }
            #expect(try await database.projects.count() == 3)
        }
    }

    @Test("stage changes keep the history; update and audit entries", arguments: TestEngine.all)
    func stages(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let projects = database.projects
            var b = ledger.b
            let id = try #require(b.id)
            let initial = try await projects.stageHistory(projectID: id)
            #expect(initial.map(\.to) == [.lead])
            #expect(initial.first?.from == nil)
            #expect(initial.first?.recordedBy == "zhaolei")

            b.stage = .negotiating
            try await projects.changeStage(
                b,
                change: ProjectStageChange(
                    projectID: id, from: nil, to: .negotiating, on: ProjectFixtures.day(2026, 3, 1)),
                by: ProjectFixtures.clerk)
            b.stage = .signed
            b.signedOn = ProjectFixtures.day(2026, 5, 10)
            b.contractValue = Fixtures.decimal("50000")
            try await projects.changeStage(
                b,
                change: ProjectStageChange(
                    projectID: id, from: .lead, to: .signed, on: ProjectFixtures.day(2026, 5, 10), reason: "签约仪式"),
                by: AuditActor(userID: nil, username: "wangfang"))
            let history = try await projects.stageHistory(projectID: id)
            #expect(history.map(\.to) == [.lead, .negotiating, .signed])
            // `from` comes from the stored project, not from what the caller claimed.
            #expect(history.map(\.from) == [nil, .lead, .negotiating])
            #expect(history.last?.on == ProjectFixtures.day(2026, 5, 10))
            #expect(history.last?.reason == "签约仪式")
            #expect(history.last?.recordedBy == "wangfang")
            let stored = try #require(try await projects.find(id: id))
            #expect(stored.stage == .signed)
            #expect(stored.contractValue == Fixtures.decimal("50000"))

            // The stage and the change must agree.
            b.stage = .preparing
            await #expect(throws: ProjectStoreError.self) {
                try await projects.changeStage(
                    b,
                    change: ProjectStageChange(
                        projectID: id, from: nil, to: .started, on: ProjectFixtures.day(2026, 6, 1)),
                    by: ProjectFixtures.clerk)
            }
            #expect(try await projects.stageHistory(projectID: id).count == 3)

            var renamed = stored
            renamed.name = "智能农机整机及零部件制造项目"
            renamed.annualPlans = [2027: Fixtures.decimal("9000")]
            try await projects.update(renamed, by: ProjectFixtures.clerk)
            let updated = try #require(try await projects.find(id: id))
            #expect(updated.name == "智能农机整机及零部件制造项目")
            #expect(updated.annualPlans == [2027: Fixtures.decimal("9000")])

            let audit = try await database.audit.history(entityType: "project", entityKey: ledger.b.code)
            #expect(audit.map(\.action) == [.create, "stage", "stage", .update])
            #expect(audit[0].before == nil)
            #expect(audit[0].orgUnitID == ledger.tree.zone.id)
            #expect(audit[2].reason == "签约仪式")
            #expect(audit[3].before?.contains("智能农机整机制造项目") == true)
            #expect(audit[3].after?.contains("智能农机整机及零部件制造项目") == true)

            // An explicit first step (a lead recorded after the fact) and all histories at once.
            let late = try await projects.create(
                Project(code: "HX-JK-2024-009", name: "补录项目", orgUnitID: ledger.tree.zone.id, stage: .signed),
                history: ProjectStageChange(
                    projectID: 0, from: .lead, to: .signed, on: ProjectFixtures.day(2024, 5, 1)),
                by: ProjectFixtures.clerk)
            let all = try await projects.stageHistories(projectIDs: nil)
            #expect(all.count == 4)
            #expect(all[try #require(late.id)]?.map(\.on) == [ProjectFixtures.day(2024, 5, 1)])
            #expect(all[try #require(late.id)]?.first?.from == nil)
            #expect(try await projects.stageHistories(projectIDs: [id]).keys.sorted() == [id])
            #expect(try await projects.stageHistories(projectIDs: []).isEmpty)
        }
    }

    @Test("follow-ups are kept per project, oldest first", arguments: TestEngine.all)
    func followUps(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let ledger = try await ProjectFixtures.seed(database)
            let id = try #require(ledger.b.id)
            let second = try await database.projects.addFollowUp(
                ProjectFollowUp(
                    projectID: id, on: ProjectFixtures.day(2026, 4, 2), kind: "洽谈", participants: "招商局 李局长",
                    summary: "就用地面积和投资强度达成一致"), by: ProjectFixtures.clerk)
            let first = try await database.projects.addFollowUp(
                ProjectFollowUp(projectID: id, on: ProjectFixtures.day(2026, 3, 5), kind: "走访", summary: "赴北京总部走访"),
                by: ProjectFixtures.clerk)
            #expect(second.id != nil)
            let list = try await database.projects.followUps(projectID: id)
            #expect(list == [first, second])
            #expect(try await database.projects.followUps(projectID: try #require(ledger.a.id)).isEmpty)
            await #expect(throws: ProjectStoreError.projectNotFound(id: 777)) {
                try await database.projects.addFollowUp(
                    ProjectFollowUp(projectID: 777, on: ProjectFixtures.day(2026, 3, 5), kind: "走访", summary: "无"),
                    by: ProjectFixtures.clerk)
            }
            let audit = try await database.audit.search(entityType: "projectFollowUp")
            #expect(audit.count == 2)
        }
    }

    @Test("industry chains: seven seeded with 3 to 5 links, replaced as a whole", arguments: TestEngine.all)
    func chains(engine: TestEngine) async throws {
        try await TestDatabase.with(engine) { database throws in
            let seeded = try await database.projects.industryChains()
            #expect(seeded.map(\.name) == ["装备制造", "绿色食品", "新材料", "新能源", "生物医药", "电子信息", "现代物流"])
            #expect(seeded.allSatisfy { (3...5).contains($0.links.count) })
            #expect(seeded[0].links.first == "关键零部件")

            let chains = [
                IndustryChain(name: "新能源", links: ["光伏", " 储能 ", "", "光伏"]),
                IndustryChain(name: "文旅康养", links: ["景区", "康养"]),
            ]
            try await database.projects.saveIndustryChains(chains, by: ProjectFixtures.clerk)
            #expect(
                try await database.projects.industryChains() == [
                    IndustryChain(name: "新能源", links: ["光伏", "储能"]), IndustryChain(name: "文旅康养", links: ["景区", "康养"]),
                ])
            await #expect(throws: ProjectStoreError.invalidChain(name: "新能源", problem: "重复出现")) {
                try await database.projects.saveIndustryChains(
                    [IndustryChain(name: "新能源", links: []), IndustryChain(name: "新能源", links: [])],
                    by: ProjectFixtures.clerk)
            }
            #expect(try await database.projects.industryChains().count == 2)
            #expect(try await database.audit.history(entityType: "industryChains", entityKey: "all").count == 1)
        }
    }
}
