import Foundation
import TaizhangCore
import Testing

/// Loops inside sentences and over lines, tables, conditionals and nesting.
@Suite struct TemplateBlockTests {
    @Test func loopInsideASentenceSortsAndJoins() throws {
        let line = "省重点项目有【#每个 项目 级别=省重点 排序=今年累计完成投资 降序】【项目名称】（完成【今年累计完成投资 | 亿元】亿元）【/每个】。"
        // 45000.25 万元 → 4.50 亿元; 41234.5 万元 → 4.12345 → 4.12.
        #expect(try bodyText(line) == "省重点项目有精密铸锻（完成4.50亿元）、光伏组件（完成4.12亿元）。")
        #expect(try bodyText("【#每个 项目 分隔=；】【项目名称】【/每个】") == "光伏组件；精密铸锻；冷链物流")
        #expect(try bodyText("【#每个 项目 排序=计划总投资 升序 前2】【项目名称】【/每个】") == "冷链物流、精密铸锻")
        #expect(try bodyText("【#每个项目 级别=县级重点】【项目名称】【否则】无【/每个】") == "无")
    }

    @Test func loopOverLinesMakesOneParagraphPerRecord() throws {
        let template = """
            标题
            【#每个 项目 排序=计划总投资】
            （【序号】）【项目名称】，计划总投资【计划总投资 | 亿元】亿元。
            【/每个】
            """
        let document = try fill(template)
        #expect(
            document.outline == """
                标题
                P （1）光伏组件，计划总投资25.00亿元。
                P （2）精密铸锻，计划总投资12.00亿元。
                P （3）冷链物流，计划总投资8.00亿元。
                """)
    }

    @Test func projectTable() throws {
        let document = try fill("标题\n【表格 项目 级别=省重点 标题=省重点项目进展情况】")
        #expect(
            document.outline == """
                标题
                T 单位：万元、% [序号 | 项目名称 | 阶段 | 计划总投资 | 年度计划投资 | 今年累计完成投资 | 投资完成率]
                  1 | 光伏组件 | 续建 | 250,000.00 | 60,000.00 | 41,234.50 | 68.7
                  2 | 精密铸锻 | 新开工 | 120,000.00 | 30,000.00 | 45,000.25 | 150.0
                """)
        guard case .table(let table)? = document.blocks.first else { Issue.record("no table"); return }
        #expect(table.caption == "省重点项目进展情况")
        #expect(table.alignment(ofColumn: 3) == .trailing)
        #expect(table.alignment(ofColumn: 1) == .leading)
        #expect(document.figures.count == 8)
        let columns = try fill("标题\n【表格 项目 列=项目名称、阶段 前1】")
        #expect(columns.outline == "标题\nT  [序号 | 项目名称 | 阶段]\n  1 | 光伏组件 | 续建")
    }

    @Test func indicatorTable() throws {
        let document = try fill("标题\n【表格 主要指标 地区生产总值、固定资产投资 排名】")
        #expect(
            document.outline == """
                标题
                T  [指标 | 单位 | 1—10月 | 同比增长（%） | 增速排名]
                  地区生产总值 | 亿元 | 1,234.57 | 5.2 | 3
                  固定资产投资 | 亿元 | 310.25 | -1.3 | 5
                """)
    }

    @Test func conditionals() throws {
        let faster = "【#如果 地区生产总值 增速 > 全市 地区生产总值 增速】快于全市【否则】不快于全市【/如果】"
        #expect(try bodyText(faster) == "快于全市")
        var facts = sampleFacts()
        facts.set(.indicator(code: "gdp"), .growth, d("3.55"), "%", period: reportPeriod)
        #expect(try bodyText(faster, facts: facts) == "不快于全市")
        // Both show as −1.3: equal as printed.
        #expect(try bodyText("【#如果 固定资产投资 增速 = 全市 固定资产投资 增速】持平【/如果】") == "持平")
        #expect(try bodyText("【#如果 开工率 >= 80】开工率较高【否则】开工率偏低【/如果】") == "开工率较高")
        #expect(try bodyText("【#如果 地区生产总值增速 高于 6】超目标【否则】未达目标【/如果】") == "未达目标")
        #expect(try bodyText("【#如果 签约项目个数 ＞ 10】多【/如果】") == "多")
    }

    @Test func nestedBlocks() throws {
        let line = "【#每个 项目 级别=省重点】【项目名称】【#如果 投资完成率 >= 100】（超额完成）【/如果】【/每个】"
        #expect(try bodyText(line) == "光伏组件、精密铸锻（超额完成）")
        let deeper = "【#如果 开工率 > 50】【#每个 项目 级别=市重点】【项目名称】【/每个】【/如果】"
        #expect(try bodyText(deeper) == "冷链物流")
    }
}
