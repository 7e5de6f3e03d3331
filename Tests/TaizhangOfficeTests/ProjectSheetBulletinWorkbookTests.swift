import Foundation
import TaizhangCore
import Testing

@testable import TaizhangOffice

/// The bulletin workbook (督查通报 .xlsx), written from a hand-built bulletin of October 2026 and read back by our
/// reader and by openpyxl.
@Suite struct ProjectSheetBulletinWorkbookTests {
    static let october = YearMonth(year: 2026, month: 10)!

    /// Zone 海星经济技术开发区: plan 10000, 1—10月 7000 → 70%, gap 70 − 83.33… = −13.33…;
    /// zone 海星高新区: 5000, 4500 → 90%, gap +6.66…; 合计 15000, 11500 → 76.66…%, gap −6.66….
    static func bulletin() -> ProjectBulletin {
        let elapsed = ProjectBulletin.timeElapsed(at: october)
        func figures(_ plan: Decimal, _ year: Decimal, _ month: Decimal) -> BulletinFigures {
            let rate = year * 100 / plan
            return BulletinFigures(
                annualPlan: plan, yearCompleted: year, monthCompleted: month, completionRate: rate, gap: rate - elapsed)
        }
        let lagging = Project(
            id: 1, code: "HX-KF-001", name: "海星港物流园", orgUnitID: 2, stage: .signed,
            annualPlans: [2026: 6000], plannedStart: CalendarDate("2026-03-01"), liaisonLeaders: ["张三", "李四"],
            responsibleUnit: "区商务局")
        let leading = Project(
            id: 2, code: "HX-GX-007", name: "新材料产业园", orgUnitID: 3, stage: .continuing, annualPlans: [2026: 5000])
        let laggingRow = BulletinProjectRow(
            project: lagging, zoneID: 2, zoneName: "海星经济技术开发区", figures: figures(6000, 3000, 500), reported: true,
            rank: 2)
        let leadingRow = BulletinProjectRow(
            project: leading, zoneID: 3, zoneName: "海星高新区", figures: figures(5000, 4500, 300), reported: false, rank: 1)
        let matter = Matter(
            id: 5, projectID: 1, orgUnitID: 2, kind: .land, description: "用地指标未落实", ownerUnit: "区自然资源局",
            raisedOn: CalendarDate("2026-05-10")!, deadline: CalendarDate("2026-09-30"))
        return ProjectBulletin(
            month: october, timeElapsed: elapsed, options: .standard,
            total: BulletinTotals(figures: figures(15000, 11500, 1100), projectCount: 3, reportedCount: 2),
            zones: [
                BulletinZoneRow(
                    zoneID: 3, zoneName: "海星高新区", figures: figures(5000, 4500, 300), projectCount: 1, reportedCount: 0,
                    rank: 1),
                BulletinZoneRow(
                    zoneID: 2, zoneName: "海星经济技术开发区", figures: figures(10000, 7000, 800), projectCount: 2,
                    reportedCount: 2, rank: 2),
            ],
            projects: [leadingRow, laggingRow],
            laggingProjects: [
                BulletinLaggingProject(
                    row: laggingRow,
                    reasons: [
                        .behindSchedule(gap: laggingRow.figures.gap!),
                        .notStarted(plannedStart: CalendarDate("2026-03-01")!),
                    ])
            ],
            overdueMatters: [
                BulletinOverdueMatter(matter: matter, projectName: "海星港物流园", zoneName: "海星经济技术开发区", daysOverdue: 31)
            ])
    }

    static let title = ProjectBulletinWorkbook.title(scopeName: "海星市", month: october)

    @Test func theTitleNamesScopeAndPeriod() {
        #expect(Self.title == "海星市2026年1—10月重点项目建设督查通报")
    }

    @Test func writesFourSheetsWithRoundedRatesAndExactAmounts() throws {
        let data = try ProjectBulletinWorkbook.write(Self.bulletin(), title: Self.title)
        let workbook = try XLSXWorkbook(data: data, fileName: "通报.xlsx")
        #expect(workbook.sheets.map(\.name) == ["园区排名", "项目排名", "滞后项目", "逾期问题"])

        let zones = try TestSupport.rows(workbook, workbook.sheets[0])
        #expect(zones[1]?[0] == .text("海星市2026年1—10月重点项目建设督查通报——园区排名"))
        // 10 ÷ 12 = 83.33…% shown to one decimal.
        #expect(zones[2]?[0] == .text("时序进度：83.3%　单位：万元"))
        #expect(
            zones[3]?.keys.sorted().compactMap { zones[3]?[$0] }
                == [
                    "排名", "园区", "项目数", "本月已报", "年度计划投资", "1—10月完成投资", "本月完成投资", "完成率（%）", "与时序进度差（百分点）", "进度情况",
                ].map(XLSXCellValue.text))
        #expect(
            zones[4]?.keys.sorted().compactMap { zones[4]?[$0] } == [
                .number(literal: "1"), .text("海星高新区"), .number(literal: "1"), .number(literal: "0"),
                .number(literal: "5000"), .number(literal: "4500"), .number(literal: "300"), .number(literal: "90"),
                .number(literal: "6.7"), .text("完成年度计划的90.0%，超时序进度6.7个百分点"),
            ])
        #expect(zones[5]?[7] == .number(literal: "70"))
        #expect(zones[5]?[8] == .number(literal: "-13.3"))
        #expect(zones[5]?[9] == .text("完成年度计划的70.0%，落后时序进度13.3个百分点"))
        // 合计: 11500 ÷ 15000 = 76.66…% → 76.7; gap −6.66… → −6.7.
        #expect(zones[6]?[0] == nil)
        #expect(zones[6]?[1] == .text("合计"))
        #expect(zones[6]?[2] == .number(literal: "3"))
        #expect(zones[6]?[4] == .number(literal: "15000"))
        #expect(zones[6]?[7] == .number(literal: "76.7"))
        #expect(zones[6]?[8] == .number(literal: "-6.7"))

        let projects = try TestSupport.rows(workbook, workbook.sheets[1])
        #expect(projects.count == 3 + 2)
        #expect(projects[4]?[1] == .text("HX-GX-007"))
        #expect(projects[4]?[7] == .text("否"))
        #expect(projects[5]?[0] == .number(literal: "2"))
        #expect(projects[5]?[5] == .text("张三、李四"))
        #expect(projects[5]?[7] == .text("是"))
        #expect(projects[5]?[11] == .number(literal: "50"))
        #expect(projects[5]?[12] == .number(literal: "-33.3"))

        let lagging = try TestSupport.rows(workbook, workbook.sheets[2])
        #expect(lagging[4]?[0] == .number(literal: "1"))
        #expect(lagging[4]?[2] == .text("海星港物流园"))
        #expect(lagging[4]?[11] == .text("落后时序进度33.3个百分点；计划2026年3月1日开工，至月末未开工"))

        let overdue = try TestSupport.rows(workbook, workbook.sheets[3])
        #expect(overdue[4]?[1] == .text("供地"))
        #expect(overdue[4]?[3] == .text("海星港物流园"))
        #expect(overdue[4]?[5] == .text("区自然资源局"))
        #expect(overdue[4]?[6] == .date(year: 2026, month: 5, day: 10, hour: 0, minute: 0, second: 0))
        #expect(overdue[4]?[7] == .date(year: 2026, month: 9, day: 30, hour: 0, minute: 0, second: 0))
        #expect(overdue[4]?[8] == .number(literal: "31"))
    }

    @Test func anEmptyBulletinStillHasItsSheetsAndTotal() throws {
        let empty = ProjectBulletin(
            month: Self.october, timeElapsed: ProjectBulletin.timeElapsed(at: Self.october), options: .standard,
            total: BulletinTotals(figures: BulletinFigures(), projectCount: 0, reportedCount: 0), zones: [],
            projects: [], laggingProjects: [], overdueMatters: [])
        let workbook = try XLSXWorkbook(
            data: ProjectBulletinWorkbook.write(empty, title: Self.title), fileName: "通报.xlsx")
        let zones = try TestSupport.rows(workbook, workbook.sheets[0])
        #expect(zones[4]?[1] == .text("合计"))
        #expect(zones[4]?[7] == nil)
        #expect(zones[4]?[9] == .text("未下达年度计划"))
        #expect(try TestSupport.rows(workbook, workbook.sheets[3]).count == 3)
    }

    @Test(.enabled(if: XLSXReadbackTests.shouldRun, "python3 with openpyxl not installed"))
    func openpyxlReadsTheBulletin() throws {
        let url = TestSupport.temporaryFile("通报.xlsx")
        try ProjectBulletinWorkbook.write(Self.bulletin(), title: Self.title).write(to: url)
        let readback = try XLSXReadbackTests.readBack(url)
        #expect(readback.warnings.isEmpty)
        #expect(readback.sheets.map(\.name) == ["园区排名", "项目排名", "滞后项目", "逾期问题"])
        #expect(readback.sheets.map(\.state) == ["visible", "visible", "visible", "visible"])
        let zones = readback.sheets[0]
        #expect(zones.rows[2].first?.value == .string("排名"))
        #expect(zones.rows[2].allSatisfy { $0.bold })
        let cells = Dictionary(uniqueKeysWithValues: zones.rows.flatMap { $0 }.map { ($0.ref, $0) })
        #expect(cells["B4"]?.value == .string("海星高新区"))
        #expect(cells["H4"]?.value == .string("90"))
        #expect(cells["H4"]?.numberFormat == "0.0")
        #expect(cells["I5"]?.value == .string("-13.3"))
        #expect(cells["E6"]?.value == .string("15000"))
        #expect(cells["E6"]?.numberFormat == "#,##0.00")
        let overdue = Dictionary(
            uniqueKeysWithValues: readback.sheets[3].rows.flatMap { $0 }.map { ($0.ref, $0) })
        #expect(overdue["H4"]?.type == "date")
        #expect(overdue["H4"]?.value == .string("2026-09-30T00:00:00"))
        #expect(overdue["I4"]?.value == .string("31"))
        let lagging = Dictionary(
            uniqueKeysWithValues: readback.sheets[2].rows.flatMap { $0 }.map { ($0.ref, $0) })
        #expect(lagging["L4"]?.value == .string("落后时序进度33.3个百分点；计划2026年3月1日开工，至月末未开工"))
    }
}
