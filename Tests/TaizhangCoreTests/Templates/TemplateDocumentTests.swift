import Foundation
import TaizhangCore
import Testing

/// Structure recognition and one realistic template in the voice of the seeds.
@Suite struct TemplateDocumentTests {
    @Test func headingsAreNumberedShortLinesWithoutASentence() throws {
        let template = """
            高新区2024年工作总结
            （2024年1—10月）
            市委、市政府：
              一、主要指标
            （一）工作亮点
            1.经济发展稳中有进。积极适应新常态。
            2. 项目建设
            （1）招商引资
            （二）重点项目建设高效推进。xx坚持将重点项目建设摆在重要位置。
            一、坚持项目为王，推动产业升级
            【落款】
            """
        // "xx" in the template is a mask and would stop the report, so fill without it:
        let clean = template.replacingOccurrences(of: "xx坚持", with: "我区坚持")
        let filled = try fill(clean, facts: InMemoryReportFacts())
        #expect(
            filled.outline == """
                高新区2024年工作总结
                （2024年1—10月）
                市委、市政府：
                H1 一、主要指标
                H2 （一）工作亮点
                P 1.经济发展稳中有进。积极适应新常态。
                H3 2. 项目建设
                H4 （1）招商引资
                P （二）重点项目建设高效推进。我区坚持将重点项目建设摆在重要位置。
                H1 一、坚持项目为王，推动产业升级
                S 高新区管委会 2024年11月5日
                """)
    }

    @Test func realisticReport() throws {
        let template = """
            【地区】【时期】经济运行和项目建设情况
            （【时期】）
            一、主要经济指标
            【时期简称】，全区实现地区生产总值【地区生产总值】亿元，同比【地区生产总值 增速 | 增减】，【地区生产总值 增速 | 高低 全市】，增速【地区生产总值 增速排名 | 位次】；完成年度目标的【地区生产总值 完成率】%。固定资产投资【固定资产投资】亿元，同比【固定资产投资 增速 | 增减】。【#如果 地区生产总值 增速 > 全市 地区生产总值 增速】经济增速快于全市平均水平。【否则】经济增速低于全市平均水平，需加力追赶。【/如果】
            二、项目建设
            （一）招商引资
            【时期简称】签约项目【签约项目个数】个，签约总金额【签约项目金额 | 亿元】亿元，其中投资亿元以上项目【亿元以上签约项目个数】个，当年签约当年开工【当年签约当年开工项目个数】个。
            （二）重点项目
            省重点项目【#每个 项目 级别=省重点 排序=今年累计完成投资 降序】【项目名称】完成投资【今年累计完成投资 | 亿元】亿元【/每个】，项目开工率【开工率】%，协调解决问题【协调解决问题个数】个。
            【表格 项目 级别=省重点 标题=省重点项目进展情况】
            三、存在问题
            【填写 存在问题】
            【落款】
            """
        let document = try fill(template)
        #expect(
            document.outline == """
                高新区2024年1—10月经济运行和项目建设情况
                （2024年1—10月）
                H1 一、主要经济指标
                P 1—10月，全区实现地区生产总值1234.57亿元，同比增长5.2%，高于全市1.6个百分点，增速居全市第3位；完成年度目标的82.3%。固定资产投资310.25亿元，同比下降1.3%。经济增速快于全市平均水平。
                H1 二、项目建设
                H2 （一）招商引资
                P 1—10月签约项目18个，签约总金额123.46亿元，其中投资亿元以上项目6个，当年签约当年开工4个。
                H2 （二）重点项目
                P 省重点项目精密铸锻完成投资4.50亿元、光伏组件完成投资4.12亿元，项目开工率83.4%，协调解决问题27个。
                T 单位：万元、% [序号 | 项目名称 | 阶段 | 计划总投资 | 年度计划投资 | 今年累计完成投资 | 投资完成率]
                  1 | 光伏组件 | 续建 | 250,000.00 | 60,000.00 | 41,234.50 | 68.7
                  2 | 精密铸锻 | 新开工 | 120,000.00 | 30,000.00 | 45,000.25 | 150.0
                H1 三、存在问题
                P 一是工业投资后劲不足。
                P 二是要素保障压力较大。
                S 高新区管委会 2024年11月5日
                """)
        // Every number in the narrative is a figure with provenance: 7, 4 and 4 in the paragraphs, 8 in the table.
        #expect(document.figures.count == 7 + 4 + 4 + 8)
        #expect(document.figures.allSatisfy { !$0.provenance.subject.isEmpty && !$0.provenance.sources.isEmpty })
    }
}
