import Foundation
import TaizhangCore
import Testing

@testable import TaizhangOffice

/// Reading the office's 重点项目推进情况表 as offices send it (fixtures made by make_project_fixtures.py).
@Suite struct ProjectSheetParseTests {
    static func parse(
        _ fixture: String, month: YearMonth? = nil, defaultOrgUnitID: Int64? = 2
    ) throws -> ProjectSheetParse {
        try ProjectSheet.parse(
            data: Data(contentsOf: TestSupport.fixture(fixture)), fileName: fixture, month: month,
            resolveOrgUnit: TestSupport.resolveOrgUnit, defaultOrgUnitID: defaultOrgUnitID)
    }

    static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test func readsTitleLinesSerialColumnAliasHeadersAndSkipsTotalLines() throws {
        let result = try Self.parse("projects-alias-headers.xlsx")
        #expect(result.problems.isEmpty, "\(result.problems.map(\.userMessage))")
        #expect(result.sheetName == "推进情况")
        // “河西经开区2026年1—10月重点项目推进情况表”.
        #expect(result.month == YearMonth(year: 2026, month: 10))
        #expect(result.titleMonth == YearMonth(year: 2026, month: 10))
        // Section headings (rows 4, 7), the 合计 line (9) and the note (10) are not projects.
        #expect(result.rowCount == 3)
        #expect(result.rows.map(\.number) == [5, 6, 8])
        #expect(result.presentColumns.count == 22)
        #expect(!result.presentColumns.contains(.serial))

        let first = result.rows[0]
        let expected = Project(
            code: "HX-2024-001", name: "年产10万吨绿色食品加工项目", orgUnitID: 2, stage: .continuing,
            investor: "海星食品集团", industryChain: "绿色食品", levels: [.provincialKey, .cityKey],
            constructionNature: .new, projectType: "产业项目", content: "建设厂房3万平方米及生产线",
            contractValue: 60000, plannedInvestment: 52000, annualPlans: [2026: 12000],
            plannedStart: Self.day("2024-03-15"), plannedCompletion: Self.day("2026-12-31"),
            liaisonLeaders: ["张三", "李四"], responsibleUnit: "区经发局", serviceUnit: "区住建局")
        #expect(first.project == expected)
        #expect(first.yearToDateCompleted == Self.decimal("9800.5"))
        #expect(
            first.progress
                == ProjectSheetProgress(completedInvestment: 1200, progressNote: "主体完工，设备安装中", problemNote: "供电线路待接入"))

        // Typed as text with separators and full-width digits, a code typed as a number, a serial date.
        let second = result.rows[1].project
        #expect(second.code == "2026002")
        #expect(second.orgUnitID == 3)
        #expect(second.constructionNature == .expansion)
        #expect(second.plannedInvestment == 120_000)
        #expect(second.annualPlans == [2026: 3000])
        #expect(result.rows[1].yearToDateCompleted == Self.decimal("2500.25"))
        #expect(result.rows[1].progress.completedInvestment == 0)
        #expect(result.rows[1].progress.problemNote == nil)
        #expect(second.plannedStart == Self.day("2026-03-01"))
        #expect(second.plannedCompletion == Self.day("2026-12-31"))
        #expect(second.liaisonLeaders == ["王五", "赵六"])
        #expect(second.stage == .started)
        #expect(second.levels == [.cityHundredChain])
        #expect(second.serviceUnit == nil)

        // A sparse line: blank 所属园区 takes the default org unit; “2026.5” and “2027年底” are dates.
        let third = result.rows[2]
        #expect(third.project.orgUnitID == 2)
        #expect(third.project.plannedInvestment == Self.decimal("8000.75"))
        #expect(third.project.annualPlans.isEmpty)
        #expect(third.project.plannedStart == Self.day("2026-05-01"))
        #expect(third.project.plannedCompletion == Self.day("2027-12-31"))
        #expect(third.project.stage == .preparing)
        #expect(third.project.levels.isEmpty)
        #expect(third.yearToDateCompleted == nil)
        #expect(third.progress.isEmpty)
        #expect(third.progress.progress(projectID: 9, month: result.month!) == nil)
        #expect(
            first.progress.progress(projectID: 9, month: result.month!)
                == ProjectProgress(
                    projectID: 9, month: YearMonth(year: 2026, month: 10)!, completedInvestment: 1200,
                    progressNote: "主体完工，设备安装中", problemNote: "供电线路待接入"))
    }

    @Test func theMonthAskedForWinsOverTheTitle() throws {
        let result = try Self.parse("projects-alias-headers.xlsx", month: YearMonth(year: 2026, month: 9))
        #expect(result.problems.isEmpty)
        #expect(result.month == YearMonth(year: 2026, month: 9))
        #expect(result.titleMonth == YearMonth(year: 2026, month: 10))
    }

    static let mergedExpectations: [(code: String, stage: ProjectStage, ytd: Decimal, month: Decimal)] = [
        ("HX-KF-001", .continuing, 4500, 500), ("HX-KF-002", .completed, 2000, 0),
    ]

    @Test(arguments: ["projects-merged-header.xlsx", "projects-libreoffice.xlsx"])
    func readsAMergedTwoRowHeaderAndTakesTheMonthFromIt(fixture: String) throws {
        let result = try Self.parse(fixture)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.userMessage))")
        // The title names 2026 only; “1-10月累计完成投资” gives the month.
        #expect(result.month == YearMonth(year: 2026, month: 10))
        #expect(result.presentColumns == Set(ProjectSheetColumn.officeLayout))
        #expect(result.rows.map(\.number) == [5, 6])
        #expect(result.rows.map(\.project.code) == Self.mergedExpectations.map(\.code))
        #expect(result.rows.map(\.project.stage) == Self.mergedExpectations.map(\.stage))
        #expect(result.rows.map(\.yearToDateCompleted) == Self.mergedExpectations.map(\.ytd))
        #expect(result.rows.map(\.progress.completedInvestment) == Self.mergedExpectations.map(\.month))
        let first = result.rows[0].project
        #expect(first.plannedInvestment == 30000)
        #expect(first.annualPlans == [2026: 6000])
        #expect(first.plannedStart == Self.day("2025-06-01"))
        #expect(first.plannedCompletion == Self.day("2027-06-30"))
        #expect(first.projectType == "基础设施项目")
        #expect(result.rows[0].progress.problemNote == "用地指标不足")
        #expect(result.rows[1].project.constructionNature == .renovation)
        #expect(result.rows[1].project.serviceUnit == nil)
    }

    @Test func withoutAnOrgUnitColumnOrDefaultTheSheetIsRefusedOnce() throws {
        let result = try Self.parse("projects-merged-header.xlsx", defaultOrgUnitID: nil)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.kind == .missingColumn)
        #expect(result.problems.first?.row == 4)
        #expect(result.problems.first?.reason.contains("所属单位") == true)
    }

    @Test func readsCSVAndAHundredMillionYuanUnit() throws {
        let csv = """
            2025年1—3月重点项目推进情况表
            单位：亿元
            项目编号,项目名称,总投资,今年计划投资,今年累计完成投资,本月完成投资（万元）,建设阶段
            C-1,甲项目,1.5,0.25,"0.1",300,续建
            """
        let result = try ProjectSheet.parse(
            data: Data(csv.utf8), fileName: "3月.csv", month: nil, resolveOrgUnit: TestSupport.resolveOrgUnit,
            defaultOrgUnitID: 3)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.userMessage))")
        #expect(result.sheetName == nil)
        #expect(result.month == YearMonth(year: 2025, month: 3))
        let row = try #require(result.rows.first)
        // 亿元 from the unit line, except where a header names its own unit.
        #expect(row.project.plannedInvestment == 15_000)
        #expect(row.project.annualPlans == [2025: 2500])
        #expect(row.yearToDateCompleted == 1000)
        #expect(row.progress.completedInvestment == 300)
        #expect(row.project.orgUnitID == 3)
    }

    @Test func headerNamesCarryingAPeriodAreRecognised() {
        let cases: [(String, ProjectSheetColumn, Int?, Int?)] = [
            ("1—10月累计完成投资", .yearToDateCompleted, nil, 10),
            ("１－９月累计完成", .yearToDateCompleted, nil, 9),
            ("截至10月底累计完成投资", .yearToDateCompleted, nil, 10),
            ("10月完成投资", .monthCompleted, nil, 10),
            ("2026年计划投资", .annualPlan, 2026, nil),
            ("2026年度计划完成投资（万元）", .annualPlan, 2026, nil),
            ("计划总投资（万元）", .plannedInvestment, nil, nil),
            ("建设性质（新建/扩建/技改）", .constructionNature, nil, nil),
            ("存在问题及建议", .problemNote, nil, nil),
            ("项目进展情况", .progressNote, nil, nil),
            ("本月完成", .monthCompleted, nil, nil),
            ("今年计划完成投资", .annualPlan, nil, nil),
        ]
        for (text, column, year, month) in cases {
            let match = ProjectSheetHeader.recognise(text)
            #expect(match?.column == column, "\(text)")
            #expect(match?.year == year, "\(text)")
            #expect(match?.month == month, "\(text)")
        }
        #expect(ProjectSheetHeader.recognise("投资情况（万元）") == nil)
        #expect(ProjectSheetHeader.recognise("2026年") == nil)
    }

    @Test func titlesNameTheirPeriodInTheFormsOfficesUse() {
        let cases: [(String, Int?, Int?)] = [
            ("河西经开区2026年1—10月重点项目推进情况表", 2026, 10),
            ("２０２６年１－３月重点项目", 2026, 3),
            ("2026年10月份重点项目推进情况", 2026, 10),
            ("截至2026年7月底重点项目进展", 2026, 7),
            ("2026年1至12月", 2026, 12),
            ("重点项目推进情况表", nil, nil),
            ("2026年全区重点项目", 2026, nil),
        ]
        for (title, year, month) in cases {
            let found = ProjectSheetTitle.period(in: [title])
            #expect(found.year == year, "\(title)")
            #expect(found.month == month, "\(title)")
        }
    }

    @Test func datesInTheFormsOfficesType() {
        let cases: [(SheetCell, String?)] = [
            (.text("2026-03-15"), "2026-03-15"), (.text("2026/3/15"), "2026-03-15"), (.text("2026年3月"), "2026-03-01"),
            (.text("2026年3月底"), "2026-03-31"), (.text("2026年2月底"), "2026-02-28"), (.text("2026年底"), "2026-12-31"),
            (.text("2026年6月下旬"), "2026-06-21"), (.text("２０２６．５"), "2026-05-01"), (.text("20260315"), "2026-03-15"),
            (.number(literal: "46096", isPercent: false), "2026-03-15"),
            (.number(literal: "20260315", isPercent: false), "2026-03-15"),
            (.date(year: 2026, month: 3, day: 15), "2026-03-15"),
        ]
        for (cell, expected) in cases {
            #expect(ProjectSheetDate.read(cell) == .value(CalendarDate(expected!)!), "\(cell.text)")
        }
        #expect(ProjectSheetDate.read(.text("—")) == .missing)
        #expect(ProjectSheetDate.read(nil) == .missing)
        for bad in ["已开工", "2026年", "2026-02-30", "明年"] {
            guard case .problem(let reason) = ProjectSheetDate.read(.text(bad)) else {
                Issue.record("\(bad) read as a date")
                continue
            }
            #expect(reason.hasPrefix("“\(bad)”不是有效的日期"))
        }
    }
}

@Suite struct ProjectSheetLayoutTests {
    @Test func repeatedHeadersNumberedColumnsAndNotesAreNotProjects() throws {
        let csv = """
            序号,项目编号,项目名称,总投资,建设阶段,本月完成投资
            1,2,3,4,5,6
            1,A-1,甲项目,100,续建,5
            序号,项目编号,项目名称,总投资,建设阶段,本月完成投资
            2,A-2,乙项目,200,前期,
            3,,,,,
            小计,,,300,,5
            注：本表金额单位为万元
            """
        let result = try ProjectSheet.parse(
            data: Data(csv.utf8), fileName: "分页.csv", month: YearMonth(year: 2026, month: 4),
            resolveOrgUnit: TestSupport.resolveOrgUnit, defaultOrgUnitID: 2)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.userMessage))")
        #expect(result.rowCount == 2)
        #expect(result.rows.map(\.number) == [3, 5])
        #expect(result.rows.map(\.project.code) == ["A-1", "A-2"])
        #expect(result.rows[1].progress.completedInvestment == nil)
        #expect(result.rows[0].project.annualPlans.isEmpty)
    }
}
