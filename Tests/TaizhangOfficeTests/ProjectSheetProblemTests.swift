import Foundation
import TaizhangCore
import Testing

@testable import TaizhangOffice

/// Every bad cell of a project sheet is reported with its file, row, column letter, header and a Chinese reason.
@Suite struct ProjectSheetProblemTests {
    static let october = YearMonth(year: 2026, month: 10)!

    struct Found: Equatable, CustomStringConvertible {
        let row: Int?
        let column: String?
        let header: String?
        let reason: String
        var description: String { "\(row ?? 0)\(column ?? "-") \(header ?? "-"): \(reason)" }
    }

    @Test func reportsEveryKindOfBadCellWithRowAndColumn() throws {
        let result = try ProjectSheetParseTests.parse("projects-bad-rows.xlsx", month: Self.october)
        let stages = "储备、洽谈、签约、前期、新开工、续建、竣工、投产、调整退出"
        let expected: [Found] = [
            Found(row: 4, column: "A", header: "项目编号", reason: "项目编号为空"),
            Found(row: 5, column: "B", header: "项目名称", reason: "项目名称为空"),
            Found(row: 5, column: "O", header: "建设阶段", reason: "建设阶段“在谈判”无法识别，应填写：\(stages)"),
            Found(row: 6, column: "E", header: "总投资", reason: "金额不能为负数：“-100”"),
            Found(row: 6, column: "H", header: "本月完成投资", reason: "本月完成投资（40）大于今年累计完成投资（30）"),
            Found(
                row: 7, column: "A", header: "项目编号",
                reason: "第3行和第7行的项目编号都是“P-001”：同一文件中每个项目只能填写一行"),
            Found(row: 8, column: "R", header: "所属单位", reason: "找不到单位“火星开发区”"),
            Found(row: 8, column: "C", header: "建设性质", reason: "建设性质“新造”无法识别，应填写：新建、扩建、技改"),
            Found(
                row: 8, column: "S", header: "项目级别",
                reason: "项目级别“国家级重点”无法识别，应填写：省重点、省百大、市百大产业链、市重点、县级重点（可填多个，用顿号分隔）"),
            Found(row: 8, column: "E", header: "总投资", reason: "“12万”不是数字"),
            Found(
                row: 8, column: "I", header: "计划开工时间",
                reason: "“明年春天”不是有效的日期，请写成“2026-03-15”“2026年3月”或“2026年3月底”"),
            Found(row: 9, column: "O", header: "建设阶段", reason: "建设阶段为空，应填写：\(stages)"),
            Found(
                row: 9, column: "J", header: "计划竣工时间", reason: "计划竣工时间（2026-03-01）早于计划开工时间（2026-06-01）"),
        ]
        let found = result.problems.map { Found(row: $0.row, column: $0.column, header: $0.header, reason: $0.reason) }
        #expect(found == expected)
        #expect(result.problems.allSatisfy { $0.fileName == "projects-bad-rows.xlsx" && $0.sheetName == "推进情况" })
        #expect(!result.isAcceptable)
        // Only the good line is kept; the first P-001 line stays, its duplicate does not.
        #expect(result.rowCount == 7)
        #expect(result.rows.map(\.number) == [3])
        #expect(result.rows.first?.project.orgUnitID == 3)
        #expect(
            result.problems[5].userMessage
                == "文件“projects-bad-rows.xlsx”第7行 A列“项目编号”：第3行和第7行的项目编号都是“P-001”：同一文件中每个项目只能填写一行")
        #expect(
            result.problems.map(\.kind) == [
                .missingValue, .missingValue, .unknownName, .negativeAmount, .inconsistentFigures, .duplicateRow,
                .unknownOrgUnit, .unknownName, .unknownName, .notANumber, .invalidDate, .missingValue,
                .inconsistentFigures,
            ])
    }

    @Test func aTitleWithoutAMonthNeedsTheMonthAskedFor() throws {
        let result = try ProjectSheetParseTests.parse("projects-bad-rows.xlsx", month: nil)
        let monthProblems = result.problems.filter { $0.kind == .missingMonth }
        #expect(monthProblems.count == 1)
        #expect(monthProblems.first?.row == nil)
        #expect(monthProblems.first?.reason.hasPrefix("无法确定报表月份") == true)
        #expect(result.month == nil)
        #expect(result.titleMonth == nil)
        // The good line is still read, without an annual plan since the year is unknown.
        #expect(result.rows.first?.project.annualPlans.isEmpty == true)
    }

    @Test func aSheetWithoutTheHeaderIsExplained() throws {
        let csv = "河西经开区重点项目\n甲,乙,丙\n1,2,3\n"
        let result = try ProjectSheet.parse(
            data: Data(csv.utf8), fileName: "随便.csv", month: Self.october,
            resolveOrgUnit: TestSupport.resolveOrgUnit, defaultOrgUnitID: 2)
        #expect(result.problems.map(\.kind) == [.headerNotFound])
        #expect(result.problems.first?.userMessage.hasPrefix("文件“随便.csv”：找不到表头") == true)
        #expect(result.rows.isEmpty)
    }

    @Test func duplicateColumnsMissingCodeColumnAndTooPreciseAmounts() throws {
        let csv = """
            项目名称,总投资,计划总投资,建设阶段,本月完成投资
            甲,100,200,续 建,1.123456789
            """
        let result = try ProjectSheet.parse(
            data: Data(csv.utf8), fileName: "x.csv", month: Self.october, resolveOrgUnit: TestSupport.resolveOrgUnit,
            defaultOrgUnitID: 2)
        let found = result.problems.map { Found(row: $0.row, column: $0.column, header: $0.header, reason: $0.reason) }
        #expect(
            found == [
                Found(row: 1, column: "C", header: "计划总投资", reason: "与B列重复，都是“总投资”列"),
                Found(row: 1, column: nil, header: nil, reason: "缺少“项目编号”列：每个项目须有项目编号，再次导入时据此更新而不重复"),
                Found(row: 2, column: "E", header: "本月完成投资", reason: "“1.123456789”小数位数过多或数值过大（最多精确到元的4位小数）"),
            ])
    }
}
