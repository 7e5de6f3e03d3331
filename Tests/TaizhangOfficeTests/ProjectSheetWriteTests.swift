import Foundation
import TaizhangCore
import Testing

@testable import TaizhangOffice

/// The 17-column export: re-imports into the same projects, and openpyxl reads it as offices would.
@Suite struct ProjectSheetWriteTests {
    static let october = YearMonth(year: 2026, month: 10)!

    static let rows: [ProjectSheetExportRow] = [
        ProjectSheetExportRow(
            project: Project(
                code: "HX-2024-001", name: "年产10万吨绿色食品加工项目", orgUnitID: 2, stage: .continuing,
                constructionNature: .new, projectType: "产业项目", content: "建设厂房3万平方米 & 生产线 <一期>",
                plannedInvestment: Decimal(string: "52000.5")!, annualPlans: [2026: 12000],
                plannedStart: CalendarDate("2024-03-15"), plannedCompletion: CalendarDate("2026-12-31"),
                liaisonLeaders: ["张三", "李四"], responsibleUnit: "区经发局", serviceUnit: "区住建局"),
            yearToDateCompleted: Decimal(string: "9800.25")!, monthCompleted: 1200, progressNote: "主体完工，设备安装中",
            problemNote: "供电线路待接入"),
        ProjectSheetExportRow(
            project: Project(
                code: "007", name: "智能装备产业园", orgUnitID: 3, stage: .preparing, constructionNature: .renovation,
                plannedInvestment: Decimal(string: "8000.1234")!, annualPlans: [2026: 500],
                plannedStart: CalendarDate("2026-05-01")),
            yearToDateCompleted: 0, monthCompleted: 0),
        ProjectSheetExportRow(
            project: Project(code: "HX-2026-009", name: "谈判中的项目", orgUnitID: 2, stage: .signed)),
    ]

    static func write(orgUnitNames: [Int64: String]? = nil) throws -> Data {
        try ProjectSheet.write(
            rows: rows, title: ProjectSheet.title(orgUnitName: "海星市", month: october), month: october,
            orgUnitNames: orgUnitNames)
    }

    @Test func theTitleNamesThePeriod() {
        #expect(ProjectSheet.title(orgUnitName: "河西经开区", month: Self.october) == "河西经开区2026年1—10月重点项目推进情况表")
        #expect(
            ProjectSheet.title(orgUnitName: "河西经开区", month: YearMonth(year: 2026, month: 1)!)
                == "河西经开区2026年1月重点项目推进情况表")
    }

    @Test func reimportingTheExportYieldsTheSameProjects() throws {
        let data = try Self.write()
        // No month given: it comes back from the title.
        let result = try ProjectSheet.parse(
            data: data, fileName: "导出.xlsx", month: nil, resolveOrgUnit: TestSupport.resolveOrgUnit,
            defaultOrgUnitID: 2)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.userMessage))")
        #expect(result.month == Self.october)
        #expect(result.sheetName == ProjectSheet.dataSheetName)
        #expect(result.presentColumns == Set(ProjectSheetColumn.officeLayout))
        // Title, unit line and header above; the 合计 line below is skipped.
        #expect(result.rows.map(\.number) == [4, 5, 6])
        // Without 所属单位 every line takes the default org unit.
        let expected = Self.rows.map { row -> Project in
            var project = row.project
            project.orgUnitID = 2
            return project
        }
        #expect(result.rows.map(\.project) == expected)
        #expect(result.rows.map(\.yearToDateCompleted) == Self.rows.map(\.yearToDateCompleted))
        #expect(result.rows.map(\.progress.completedInvestment) == Self.rows.map(\.monthCompleted))
        #expect(result.rows.map(\.progress.progressNote) == Self.rows.map(\.progressNote))
        #expect(result.rows.map(\.progress.problemNote) == Self.rows.map(\.problemNote))
    }

    @Test func withOrgUnitNamesEachProjectReturnsToItsZone() throws {
        let names = Dictionary(uniqueKeysWithValues: TestSupport.orgUnits.map { ($0.id, $0.name) })
        let data = try Self.write(orgUnitNames: names)
        let result = try ProjectSheet.parse(
            data: data, fileName: "导出.xlsx", month: Self.october, resolveOrgUnit: TestSupport.resolveOrgUnit,
            defaultOrgUnitID: nil)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.userMessage))")
        #expect(result.rows.map(\.project) == Self.rows.map(\.project))
        #expect(result.presentColumns.contains(.orgUnit))
    }

    @Test(.enabled(if: XLSXReadbackTests.shouldRun, "python3 with openpyxl not installed"))
    func openpyxlReadsTheLedger() throws {
        let url = TestSupport.temporaryFile("推进情况.xlsx")
        try Self.write().write(to: url)
        let readback = try XLSXReadbackTests.readBack(url)
        #expect(readback.warnings.isEmpty)
        #expect(readback.sheets.map(\.name) == ["重点项目推进情况"])
        let sheet = readback.sheets[0]
        #expect(sheet.rows.count == 3 + Self.rows.count + 1)
        #expect(sheet.rows[0].map(\.value) == [.string("海星市2026年1—10月重点项目推进情况表")])
        #expect(sheet.rows[0].first?.bold == true)
        #expect(sheet.rows[1].map(\.value) == [.string("单位：万元")])
        let header = sheet.rows[2]
        #expect(header.map(\.ref) == (0..<17).map { ColumnLetters.letters($0) + "3" })
        #expect(
            header.map(\.value)
                == [
                    "项目编号", "项目名称", "建设性质", "建设内容", "总投资", "今年计划投资", "今年累计完成投资", "本月完成投资", "计划开工时间",
                    "计划竣工时间", "包联领导", "责任单位", "服务单位", "项目类型", "建设阶段", "本月进展", "问题和建议",
                ].map { .string($0) })
        #expect(header.allSatisfy { $0.bold })

        let cells = Dictionary(uniqueKeysWithValues: sheet.rows.flatMap { $0 }.map { ($0.ref, $0) })
        #expect(cells["A4"]?.value == .string("HX-2024-001"))
        #expect(cells["C4"]?.value == .string("新建"))
        #expect(cells["D4"]?.value == .string("建设厂房3万平方米 & 生产线 <一期>"))
        #expect(cells["E4"]?.value == .string("52000.5"))
        #expect(cells["E4"]?.numberFormat == "#,##0.00")
        #expect(cells["F4"]?.value == .string("12000"))
        #expect(cells["G4"]?.value == .string("9800.25"))
        #expect(cells["I4"]?.type == "date")
        #expect(cells["I4"]?.value == .string("2024-03-15T00:00:00"))
        #expect(cells["K4"]?.value == .string("张三、李四"))
        #expect(cells["O4"]?.value == .string("续建"))
        #expect(cells["A5"]?.value == .string("007"))
        #expect(cells["A5"]?.numberFormat == "@")
        #expect(cells["O6"]?.value == .string("签约"))
        #expect(cells["E6"] == nil)
        // 合计: 52000.5 + 8000.1234 = 60000.6234; plans 12000 + 500; 累计 9800.25 + 0; 本月 1200 + 0.
        #expect(cells["A7"]?.value == .string("合计"))
        #expect(cells["B7"]?.value == .string("共3个项目"))
        #expect(cells["E7"]?.value == .string("60000.6234"))
        #expect(cells["F7"]?.value == .string("12500"))
        #expect(cells["G7"]?.value == .string("9800.25"))
        #expect(cells["H7"]?.value == .string("1200"))
        #expect(cells["I7"] == nil)
    }
}
