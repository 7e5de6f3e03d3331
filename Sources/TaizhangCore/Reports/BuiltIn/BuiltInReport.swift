/// The reports Taizhang ships with: the monthly economic bulletin, the project dispatch bulletin and the skeleton
/// of the annual work summary in the seeds' structure. Each is an ordinary template (docs/templates.md) that a
/// writer can copy and change.
public enum BuiltInReport: String, Sendable, CaseIterable, Codable {
    /// 月度经济运行简报: the indicator table and the narrative of the main figures.
    case economicBulletin = "economic-bulletin"
    /// 项目调度通报: the project statistics of the month, the four rates and the provincial key projects.
    case projectBulletin = "project-bulletin"
    /// 年度工作总结: 主要指标, 招商引资, 项目建设, 企业与亩均, then 存在问题 and 下一步工作思路 for the writer.
    case annualSummary = "annual-summary"

    public var displayName: String {
        switch self {
        case .economicBulletin: "月度经济运行简报"
        case .projectBulletin: "项目调度通报"
        case .annualSummary: "年度工作总结"
        }
    }

    /// The template text.
    public var template: String {
        switch self {
        case .economicBulletin: Self.economicBulletinText
        case .projectBulletin: Self.projectBulletinText
        case .annualSummary: Self.annualSummaryText
        }
    }

    static let economicBulletinText = """
        【地区】经济运行简报
        （【时期】）
        一、主要经济指标完成情况
        【时期简称】，全区实现地区生产总值【地区生产总值】亿元，同比【地区生产总值 增速 | 增减】，【地区生产总值 增速 | 高低 全市】，【地区生产总值 增速排名 | 位次】。其中，第一产业增加值【第一产业增加值】亿元，第二产业增加值【第二产业增加值】亿元，第三产业增加值【第三产业增加值】亿元。
        规模以上工业增加值同比【规模以上工业增加值 增速 | 增减】，【规模以上工业增加值 增速 | 高低 全市】，【规模以上工业增加值 增速排名 | 位次】；规模以上工业总产值【规模以上工业总产值】亿元，同比【规模以上工业总产值 增速 | 增减】。
        固定资产投资同比【固定资产投资 增速 | 增减】，【固定资产投资 增速 | 高低 全市】，其中工业投资同比【工业投资 增速 | 增减】。社会消费品零售总额【社会消费品零售总额】亿元，同比【社会消费品零售总额 增速 | 增减】。外贸进出口总额【外贸进出口总额】亿元，同比【外贸进出口总额 增速 | 增减】。
        一般公共预算收入【一般公共预算收入】亿元，同比【一般公共预算收入 增速 | 增减】，完成年度目标的【一般公共预算收入 完成率】%；其中税收收入【税收收入】亿元，同比【税收收入 增速 | 增减】。
        【表格 主要指标】
        二、项目建设情况
        全区纳入调度项目【项目个数】个，其中新开工项目【新开工项目个数】个、续建项目【续建项目个数】个、竣工项目【竣工项目个数】个。项目年度计划投资【项目年度计划投资 | 亿元】亿元，【时期简称】累计完成投资【项目完成投资 | 亿元】亿元，投资完成率【投资完成率】%，开工率【开工率】%。
        【落款】
        """

    static let projectBulletinText = """
        【地区】重点项目建设调度通报
        （【时期】）
        一、总体情况
        【时期简称】，全区纳入调度项目【项目个数】个，年度计划投资【项目年度计划投资 | 亿元】亿元，累计完成投资【项目完成投资 | 亿元】亿元，投资完成率【投资完成率】%；其中本月完成投资【项目本月完成投资 | 亿元】亿元。
        新开工项目【新开工项目个数】个，续建项目【续建项目个数】个，竣工项目【竣工项目个数】个，前期项目【前期项目个数】个，调整退出项目【调整退出项目个数】个。开工率【开工率】%，资金到位率【资金到位率】%。
        二、招商引资
        全区签约项目【签约项目个数】个，签约金额【签约项目金额 | 亿元】亿元，其中亿元以上项目【亿元以上签约项目个数】个；当年签约当年开工项目【当年签约当年开工项目个数】个，项目到位资金【项目到位资金 | 亿元】亿元。
        三、项目推进中的问题
        协调解决项目问题【协调解决问题个数】个，尚未解决【未解决问题个数】个，其中超期未解决【超期问题个数】个。
        四、省重点项目进展
        【表格 项目 级别=省重点 排序=今年累计完成投资 标题=省重点项目进展情况】
        【落款】
        """

    static let annualSummaryText = """
        【地区】【年份】年工作总结
        【年份】年，全区上下坚持稳中求进工作总基调，聚焦主责主业，各项工作取得新成效。
        一、主要经济指标完成情况
        全年实现地区生产总值【地区生产总值】亿元，同比【地区生产总值 增速 | 增减】，【地区生产总值 增速 | 高低 全市】，【地区生产总值 增速排名 | 位次】。规模以上工业增加值同比【规模以上工业增加值 增速 | 增减】；固定资产投资同比【固定资产投资 增速 | 增减】；一般公共预算收入【一般公共预算收入】亿元，同比【一般公共预算收入 增速 | 增减】。
        【表格 主要指标】
        二、招商引资
        全年签约项目【签约项目个数】个，签约金额【签约项目金额 | 亿元】亿元，其中亿元以上项目【亿元以上签约项目个数】个、10亿元以上项目【10亿元以上签约项目个数】个；当年签约当年开工项目【当年签约当年开工项目个数】个，项目到位资金【项目到位资金 | 亿元】亿元。
        三、项目建设
        全区纳入调度项目【项目个数】个，新开工项目【新开工项目个数】个，竣工项目【竣工项目个数】个，全年完成投资【项目完成投资 | 亿元】亿元，投资完成率【投资完成率】%，按期竣工率【按期竣工率】%。
        四、企业服务与亩均评价
        【填写 企业服务与亩均评价】
        五、存在问题
        【填写 存在问题】
        六、下一步工作思路
        【填写 下一步工作思路】
        【落款】
        """
}
