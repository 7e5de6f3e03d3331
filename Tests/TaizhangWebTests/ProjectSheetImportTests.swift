import Foundation
import TaizhangCore
import TaizhangOffice
import TaizhangStore
import Testing

@testable import TaizhangWeb

/// The project ledger sheet's import and export, called on the services directly over the test city: four
/// projects, three of them with reports earlier in 2026.
@Suite struct ProjectSheetImportTests {
    static let october = TestCity.month
    static let september = YearMonth(year: 2026, month: 9)!

    // MARK: - Import

    @Test func goodSheetCreatesAndUpdatesThenTheSameSheetAgainUpdatesWithoutDuplicates() async throws {
        try await SheetLedger.with { ledger in
            var p1 = ledger.p1
            p1.responsibleUnit = "甲开发区项目办"
            var p3 = ledger.p3
            p3.stage = .continuing
            let new = Project(
                code: "T-A-NEW", name: "甲区新材料项目", orgUnitID: ledger.city.zoneA.id, stage: .started,
                constructionNature: .new, plannedInvestment: 8000, annualPlans: [2026: 600],
                plannedStart: CalendarDate(year: 2026, month: 8, day: 1), liaisonLeaders: ["李明", "赵芳"])
            let rows = [
                // 1—9月 900 + 本月 100 = 1000.
                ProjectSheetExportRow(
                    project: p1, yearToDateCompleted: 1000, monthCompleted: 100, progressNote: "主体封顶",
                    problemNote: "用电报装待批"),
                // New: no earlier months, 累计 taken as stated.
                ProjectSheetExportRow(
                    project: new, yearToDateCompleted: 300, monthCompleted: 120, progressNote: "基础施工"),
                // 9月 50 + 本月 80 = 130; 新开工 → 续建 is a move the lifecycle allows.
                ProjectSheetExportRow(project: p3, yearToDateCompleted: 130, monthCompleted: 80),
            ]
            let data = try ledger.sheet(rows, withUnits: true)

            let first = try await ledger.importSheet(data)
            #expect(first.problems.isEmpty)
            #expect(first.isImported)
            #expect(first.month == "2026-10")
            #expect(first.rowCount == 3)
            #expect(first.created == 1)
            #expect(first.updated == 2)
            #expect(first.unchanged == 0)
            #expect(first.progressEntries == 3)

            let repository = ledger.database.projects
            #expect(try await repository.count() == 5)
            let created = try #require(try await repository.find(code: "T-A-NEW"))
            #expect(created.orgUnitID == ledger.city.zoneA.id)
            #expect(created.stage == .started)
            #expect(created.annualPlans[2026] == 600)
            #expect(created.liaisonLeaders == ["李明", "赵芳"])
            let storedP1 = try #require(try await repository.find(code: "T-A-001"))
            #expect(storedP1.responsibleUnit == "甲开发区项目办")
            #expect(try await repository.find(code: "T-B-003")?.stage == .continuing)
            let totals = try await repository.yearToDate(through: Self.october)
            #expect(totals[ledger.p1.id!]?.yearCompleted == 1000)
            #expect(totals[ledger.p3.id!]?.yearCompleted == 130)
            #expect(totals[created.id!]?.yearCompleted == 120)
            let p1October = try await repository.progress(month: Self.october, projectIDs: [ledger.p1.id!])
            #expect(p1October.first?.progressNote == "主体封顶")
            #expect(p1October.first?.problemNote == "用电报装待批")

            // The same file again: every project matched by code, the month's reports replaced, nothing added.
            let second = try await ledger.importSheet(data)
            #expect(second.isImported)
            #expect(second.created == 0)
            #expect(second.updated == 0)
            #expect(second.unchanged == 3)
            #expect(second.progressEntries == 3)
            #expect(try await repository.count() == 5)
            #expect(try await repository.progress(month: Self.october).count == 3)
            #expect(try await repository.yearToDate(through: Self.october)[ledger.p1.id!]?.yearCompleted == 1000)
            // One history entry for 新开工 → 续建, not two.
            let history = try await repository.stageHistory(projectID: ledger.p3.id!)
            #expect(history.filter { $0.to == .continuing }.count == 1)

            // The same month with a corrected figure updates it (1—9月 900 + 150 = 1050).
            var corrected = rows
            corrected[0].monthCompleted = 150
            corrected[0].yearToDateCompleted = 1050
            let third = try await ledger.importSheet(try ledger.sheet(corrected, withUnits: true))
            #expect(third.isImported)
            #expect(try await repository.progress(month: Self.october).count == 3)
            #expect(try await repository.yearToDate(through: Self.october)[ledger.p1.id!]?.yearCompleted == 1050)
        }
    }

    @Test func badRowsStoreNothingAndListFileRowColumnAndReason() async throws {
        try await SheetLedger.with { ledger in
            var p1 = ledger.p1
            p1.stage = .preparing
            var p4 = ledger.p4
            p4.responsibleUnit = "改了也不存"
            let outside = Project(code: "T-B-NEW", name: "乙区物流园", orgUnitID: ledger.city.zoneB.id, stage: .signed)
            let rows = [
                // Row 4: 续建 → 前期 is not a move the lifecycle allows (累计 itself is right: 900 + 100).
                ProjectSheetExportRow(project: p1, yearToDateCompleted: 1000, monthCompleted: 100),
                // Row 5: nothing wrong, yet not stored either.
                ProjectSheetExportRow(project: ledger.p2, monthCompleted: 10, progressNote: "办理施工许可"),
                // Row 6: 9月 40 + 本月 50 = 90, the sheet says 100.
                ProjectSheetExportRow(project: p4, yearToDateCompleted: 100, monthCompleted: 50),
                // Row 7: 乙开发区 is outside a 甲开发区 clerk's scope.
                ProjectSheetExportRow(project: outside, monthCompleted: 5),
            ]
            let repository = ledger.database.projects
            let countBefore = try await repository.count()
            let scope = ledger.tree.subtreeIDs(of: ledger.city.zoneA.id)
            let result = try await ledger.importSheet(try ledger.sheet(rows, withUnits: true), permitted: scope)

            #expect(!result.isImported)
            #expect(result.created == 0 && result.updated == 0 && result.progressEntries == 0)
            #expect(result.problems.count == 3)
            #expect(result.problems.allSatisfy { $0.file == "台账.xlsx" })
            let stage = try #require(result.problems.first { $0.code == "stage_not_allowed" })
            #expect(stage.row == 4)
            #expect(stage.column == "建设阶段")
            #expect(stage.message.contains("建设阶段不能从“续建”改为“前期”"))
            #expect(stage.message.contains("“续建”之后只能改为“竣工”、“调整退出”"))
            let cumulative = try #require(result.problems.first { $0.code == "cumulative_mismatch" })
            #expect(cumulative.row == 6)
            #expect(cumulative.column == "今年累计完成投资")
            #expect(
                cumulative.message.contains("1—9月已报累计40万元＋本月完成投资50万元＝90万元，表中为100万元"))
            let scoped = try #require(result.problems.first { $0.code == "out_of_scope" })
            #expect(scoped.row == 7)
            #expect(scoped.column == "所属单位")
            #expect(scoped.message.contains("“乙开发区”不在您的管辖范围内"))

            #expect(try await repository.count() == countBefore)
            #expect(try await repository.progress(month: Self.october).isEmpty)
            #expect(try await repository.find(code: "T-A-001")?.stage == .continuing)
            #expect(try await repository.find(code: "T-A-004")?.responsibleUnit == nil)
        }
    }

    @Test func aStoredProjectOfAnotherUnitCannotBeOverwrittenFromAScopedFile() async throws {
        try await SheetLedger.with { ledger in
            // 乙开发区's project, claimed for 甲开发区 by a 甲开发区 clerk's file.
            var p3 = ledger.p3
            p3.orgUnitID = ledger.city.zoneA.id
            let scope = ledger.tree.subtreeIDs(of: ledger.city.zoneA.id)
            let result = try await ledger.importSheet(
                try ledger.sheet([ProjectSheetExportRow(project: p3, yearToDateCompleted: 50)], withUnits: true),
                permitted: scope)
            #expect(!result.isImported)
            #expect(result.problems.map(\.code) == ["out_of_scope"])
            #expect(result.problems.first?.message.contains("已登记在“乙开发区”名下") == true)
            #expect(try await ledger.database.projects.find(code: "T-B-003")?.orgUnitID == ledger.city.zoneB.id)
        }
    }

    @Test func aLockedMonthRefusesTheLinesOfItsZoneAndItsParks() async throws {
        try await SheetLedger.with { ledger in
            let dispatch = ledger.database.dispatchWorkflow
            let zoneA = ledger.city.zoneA.id
            try await dispatch.apply(.submit, orgUnitID: zoneA, month: Self.october, expectedVersion: 0, by: .system)
            try await dispatch.apply(.approve, orgUnitID: zoneA, month: Self.october, expectedVersion: 1, by: .system)

            let rows = [
                ProjectSheetExportRow(project: ledger.p1, yearToDateCompleted: 1000, monthCompleted: 100),
                // The park's project is locked by its zone's approval.
                ProjectSheetExportRow(project: ledger.p2, monthCompleted: 10),
                // 乙开发区 is not locked, but the file goes in whole or not at all.
                ProjectSheetExportRow(project: ledger.p3, yearToDateCompleted: 130, monthCompleted: 80),
            ]
            let result = try await ledger.importSheet(try ledger.sheet(rows, withUnits: true))
            #expect(!result.isImported)
            #expect(result.problems.count == 1)
            let locked = try #require(result.problems.first)
            #expect(locked.code == "period_locked")
            #expect(locked.row == 4)
            #expect(locked.message.contains("“甲开发区”2026年10月的月调度已审核锁定"))
            #expect(locked.message.contains("文件第4、5行的项目属于该单位"))
            #expect(try await ledger.database.projects.progress(month: Self.october).isEmpty)
        }
    }

    @Test func aSheetWithFewColumnsChangesOnlyThoseAndKeepsTheRestOfTheReport() async throws {
        try await SheetLedger.with { ledger in
            let repository = ledger.database.projects
            try await repository.saveProgress(
                [
                    ProjectProgress(
                        projectID: ledger.p1.id!, month: Self.october, completedInvestment: 90, fundsInPlace: 20,
                        progressNote: "钢结构吊装")
                ], by: .system)
            // No 所属单位, 建设阶段 or 本月进展: the project stays in 甲开发区 (not the park chosen for new lines), stays
            // 续建, and the month keeps its note and funds; only the amounts change.
            let csv = "项目编号,项目名称,今年累计完成投资,本月完成投资\nT-A-001,甲区智能装备产业园,1010,110\n"
            let result = try await ledger.importSheet(
                Data(csv.utf8), fileName: "进度.csv", month: Self.october, defaultUnit: ledger.city.park.id)
            #expect(result.problems.isEmpty)
            #expect(result.isImported)
            #expect(result.updated == 0)
            #expect(result.unchanged == 1)
            let stored = try #require(try await repository.find(code: "T-A-001"))
            #expect(stored == ledger.p1)
            let report = try #require(
                try await repository.progress(month: Self.october, projectIDs: [ledger.p1.id!]).first)
            #expect(report.completedInvestment == 110)
            #expect(report.fundsInPlace == 20)
            #expect(report.progressNote == "钢结构吊装")
        }
    }

    @Test func aTitleOfAnotherMonthIsRefused() async throws {
        try await SheetLedger.with { ledger in
            let data = try ledger.sheet([ProjectSheetExportRow(project: ledger.p2)], withUnits: true)
            let result = try await ledger.importSheet(data, month: Self.september)
            #expect(!result.isImported)
            #expect(result.problems.map(\.code) == ["month_mismatch"])
            #expect(result.problems[0].message.contains("文件标题所写月份为2026年10月，与所选月份2026年9月不一致"))
            // Without a month chosen, the title's is taken.
            let fromTitle = try await ledger.importSheet(data, month: nil)
            #expect(fromTitle.isImported)
            #expect(fromTitle.month == "2026-10")
        }
    }

    /// Two parks named alike in different zones: the zone the import is made for tells which one a line means.
    @Test func aSharedParkNameIsFoundWithinTheChosenUnit() async throws {
        try await SheetLedger.with { ledger in
            let twin = try await ledger.database.orgUnits.create(
                code: "T-B1", name: "甲一园", kind: .park, parentID: ledger.city.zoneB.id)
            let tree = OrgTree(try await ledger.database.orgUnits.all(includeArchived: true))
            let resolve = ProjectSheetImportService.resolveOrgUnit
            #expect(resolve("甲一园", tree, ledger.city.zoneA.id)?.id == ledger.city.park.id)
            #expect(resolve("甲一园", tree, ledger.city.zoneB.id)?.id == twin.id)
            #expect(resolve("甲一园", tree, ledger.city.city.id) == nil)
            #expect(resolve("甲一园", tree, nil) == nil)
            #expect(resolve("T-B1", tree, nil)?.id == twin.id)
        }
    }

    // MARK: - Export

    @Test func exportThenImportChangesNothing() async throws {
        try await SheetLedger.with { ledger in
            let repository = ledger.database.projects
            try await repository.saveProgress(
                [
                    ProjectProgress(
                        projectID: ledger.p1.id!, month: Self.october,
                        completedInvestment: Decimal(string: "123.4567")!,
                        fundsInPlace: 50, progressNote: "设备安装", problemNote: "缺少技术工人"),
                    ProjectProgress(
                        projectID: ledger.p2.id!, month: Self.october, completedInvestment: 0, progressNote: "前期手续"),
                ], by: .system)
            let exporter = ProjectSheetExportService(database: ledger.database)

            // 甲开发区 with its park: two units, so the sheet has 所属单位.
            let zone = try await exporter.export(
                unit: ledger.city.zoneA, month: Self.october, tree: ledger.tree, readable: nil)
            #expect(zone.projectCount == 3)
            #expect(zone.fileName == "甲开发区2026年1—10月重点项目推进情况表.xlsx")
            let before = try await ledger.snapshot()
            let rezone = try await ledger.importSheet(zone.data, fileName: zone.fileName, month: nil)
            #expect(rezone.problems.isEmpty)
            #expect(rezone.isImported)
            #expect(rezone.created == 0 && rezone.updated == 0 && rezone.unchanged == 3)
            #expect(try await ledger.snapshot() == before)

            // The written figures: 1—9月 900 + 123.4567 for p1; p4 did not report in October (40 from September).
            let read = try ProjectSheet.parse(
                data: zone.data, fileName: zone.fileName, month: nil, resolveOrgUnit: { ledger.tree.lookup($0) },
                defaultOrgUnitID: nil)
            let byCode = Dictionary(uniqueKeysWithValues: read.rows.map { ($0.project.code, $0) })
            #expect(byCode["T-A-001"]?.yearToDateCompleted == Decimal(string: "1023.4567")!)
            #expect(byCode["T-A-001"]?.progress.completedInvestment == Decimal(string: "123.4567")!)
            #expect(byCode["T-A-004"]?.yearToDateCompleted == 40)
            #expect(byCode["T-A-004"]?.progress.isEmpty == true)
            #expect(byCode["T-A1-002"]?.project.orgUnitID == ledger.city.park.id)

            // The whole city, and a single park (no 所属单位 column: re-imported with the park chosen).
            let city = try await exporter.export(
                unit: ledger.city.city, month: Self.october, tree: ledger.tree, readable: nil)
            #expect(city.projectCount == 4)
            let recity = try await ledger.importSheet(city.data, fileName: city.fileName, month: Self.october)
            #expect(recity.isImported && recity.unchanged == 4)
            let park = try await exporter.export(
                unit: ledger.city.park, month: Self.october, tree: ledger.tree, readable: nil)
            #expect(
                ProjectSheetExportService.orgUnitNames(
                    for: [ledger.p2], exportedUnit: ledger.city.park, unitIDs: [ledger.city.park.id], tree: ledger.tree)
                    == nil)
            let repark = try await ledger.importSheet(
                park.data, fileName: park.fileName, month: Self.october, defaultUnit: ledger.city.park.id)
            #expect(repark.isImported && repark.unchanged == 1)
            #expect(try await ledger.snapshot() == before)
        }
    }

    @Test func exportKeepsToTheReadableUnits() async throws {
        try await SheetLedger.with { ledger in
            let exporter = ProjectSheetExportService(database: ledger.database)
            let readable = ledger.tree.subtreeIDs(of: ledger.city.zoneB.id)
            let export = try await exporter.export(
                unit: ledger.city.city, month: Self.october, tree: ledger.tree, readable: readable)
            #expect(export.projectCount == 1)
        }
    }
}

extension ProjectSheetImportTests {
    /// The page's template lists a refused file's problems with row and column, and hides the upload form from
    /// a user who may not edit the unit's projects.
    @Test func pageShowsEveryProblemOfARefusedFile() async throws {
        let renderer = try await TemplateRenderer.load()
        let result = ProjectSheetImportResult.rejected(
            fileName: "台账.xlsx", sheetName: "重点项目推进情况", month: Self.october, rowCount: 2,
            problems: [
                APIProblem(
                    message: "项目“甲区仓储物流中心”的今年累计完成投资与已报数不符", file: "台账.xlsx", row: 6, column: "今年累计完成投资",
                    code: "cumulative_mismatch")
            ])
        func page(canImport: Bool) throws -> String {
            let view = LedgerSheetPageView(
                layout: LayoutView(section: nil, heading: "项目台账导入导出", assetVersion: "1", csrfToken: "t"),
                projectNav: ProjectNavView(.none, unitID: 3, month: Self.october), unitID: "3", unitName: "甲开发区",
                monthName: "2026年10月", monthOptions: [OptionView(value: "", label: "按文件标题确定", isSelected: false)],
                canImport: canImport, downloadLink: "/projects/sheet.xlsx?unit=3&month=2026-10",
                downloadTitle: "甲开发区2026年1—10月重点项目推进情况表", columns: "项目编号、项目名称",
                result: LedgerSheetPageView.ResultView(result))
            return try renderer.html("ledger-sheet", view)
        }
        let html = try page(canImport: true)
        #expect(html.contains("文件“台账.xlsx”有1处问题，未导入任何数据"))
        #expect(html.contains("<td>第6行</td><td>今年累计完成投资</td>"))
        #expect(html.contains(#"<form method="post" action="/projects/sheet""#))
        #expect(html.contains(#"href="/projects/sheet.xlsx?unit=3&amp;month=2026-10""#))
        #expect(!(try page(canImport: false)).contains(#"<form method="post" action="/projects/sheet""#))
    }
}

/// The test city with four projects and their reports of 2026:
/// - p1 T-A-001 甲开发区, 续建, 100 a month January to September (1—9月 900);
/// - p2 T-A1-002 甲一园, 签约, no report;
/// - p3 T-B-003 乙开发区, 新开工, September 50;
/// - p4 T-A-004 甲开发区, 续建, September 40.
struct SheetLedger {
    let city: TestCity
    let tree: OrgTree
    let p1: Project
    let p2: Project
    let p3: Project
    let p4: Project

    var database: TaizhangDatabase { city.database }

    /// Runs `body` on a fresh ledger, then closes its database.
    static func with(_ body: (SheetLedger) async throws -> Void) async throws {
        let ledger = try await make()
        do {
            try await body(ledger)
            try await ledger.database.shutdown()
        } catch {
            try? await ledger.database.shutdown()
            throw error
        }
    }

    static func make() async throws -> SheetLedger {
        let city = try await TestCity.make()
        let repository = city.database.projects
        let p1 = try await repository.create(
            Project(
                code: "T-A-001", name: "甲区智能装备产业园", orgUnitID: city.zoneA.id, stage: .continuing,
                constructionNature: .new, projectType: "产业项目", content: "新建厂房12万平方米", plannedInvestment: 50000,
                annualPlans: [2026: 1200], plannedStart: CalendarDate(year: 2025, month: 3, day: 1),
                actualStart: CalendarDate(year: 2025, month: 4, day: 18),
                plannedCompletion: CalendarDate(year: 2027, month: 6, day: 30), liaisonLeaders: ["王强"],
                serviceUnit: "市发改委"),
            by: .system)
        let p2 = try await repository.create(
            Project(
                code: "T-A1-002", name: "甲一园食品加工项目", orgUnitID: city.park.id, stage: .signed,
                contractValue: 3000, plannedInvestment: 3000, signedOn: CalendarDate(year: 2026, month: 5, day: 10)),
            by: .system)
        let p3 = try await repository.create(
            Project(
                code: "T-B-003", name: "乙区新能源电池项目", orgUnitID: city.zoneB.id, stage: .started,
                plannedInvestment: 20000, annualPlans: [2026: 500],
                actualStart: CalendarDate(year: 2025, month: 9, day: 1)),
            by: .system)
        let p4 = try await repository.create(
            Project(
                code: "T-A-004", name: "甲区仓储物流中心", orgUnitID: city.zoneA.id, stage: .continuing,
                plannedInvestment: 6000, annualPlans: [2026: 300]),
            by: .system)
        var reports = (1...9).map { month in
            ProjectProgress(
                projectID: p1.id!, month: YearMonth(year: 2026, month: month)!, completedInvestment: 100)
        }
        reports.append(
            ProjectProgress(projectID: p3.id!, month: ProjectSheetImportTests.september, completedInvestment: 50))
        reports.append(
            ProjectProgress(projectID: p4.id!, month: ProjectSheetImportTests.september, completedInvestment: 40))
        try await repository.saveProgress(reports, by: .system)
        let tree = OrgTree(try await city.database.orgUnits.all(includeArchived: true))
        return SheetLedger(city: city, tree: tree, p1: p1, p2: p2, p3: p3, p4: p4)
    }

    /// The lines written by our own writer under the city's title for October.
    func sheet(_ rows: [ProjectSheetExportRow], withUnits: Bool) throws -> Data {
        let names = Dictionary(uniqueKeysWithValues: tree.units.map { ($0.id, $0.name) })
        return try ProjectSheet.write(
            rows: rows, title: ProjectSheet.title(orgUnitName: "测试市", month: ProjectSheetImportTests.october),
            month: ProjectSheetImportTests.october, orgUnitNames: withUnits ? names : nil)
    }

    func importSheet(
        _ data: Data, fileName: String = "台账.xlsx", month: YearMonth? = ProjectSheetImportTests.october,
        defaultUnit: Int64? = nil, permitted: Set<Int64>? = nil
    ) async throws -> ProjectSheetImportResult {
        try await ProjectSheetImportService(database: database).importSheet(
            ProjectSheetUpload(
                data: data, fileName: fileName, month: month, defaultOrgUnitID: defaultUnit,
                permittedUnitIDs: permitted,
                actor: AuditActor(userID: nil, username: "测试")))
    }

    /// Everything an import may touch: projects, every report, every stage history.
    func snapshot() async throws -> LedgerSnapshot {
        let projects = try await database.projects.list()
        var progress: [Int64: [ProjectProgress]] = [:]
        var histories: [Int64: [ProjectStageChange]] = [:]
        for project in projects {
            progress[project.id!] = try await database.projects.progress(projectID: project.id!)
            histories[project.id!] = try await database.projects.stageHistory(projectID: project.id!)
        }
        return LedgerSnapshot(projects: projects, progress: progress, histories: histories)
    }
}

struct LedgerSnapshot: Equatable {
    let projects: [Project]
    let progress: [Int64: [ProjectProgress]]
    let histories: [Int64: [ProjectStageChange]]
}
