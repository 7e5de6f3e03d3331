import Foundation
import TaizhangCore

/// The words of the demo project ledger: 形象进度 texts for the monthly dispatch and the problems (事项) that block
/// projects, with their owners and resolutions, as offices write them.
enum DemoProjectTexts {
    static let preparationSteps = [
        "完成项目备案", "开展规划设计方案编制", "办理环评、能评手续", "完成施工图设计及审查", "办理施工许可证", "场地平整及临时设施搭建",
    ]

    /// 形象进度 of one reported month; `preparationIndex` counts the months before construction.
    static func progressNote(
        _ figures: DemoMonthFigures, preparationIndex: Int, theme: DemoProjectTheme, nature: ConstructionNature,
        rng: inout DemoRandom
    ) -> String {
        if figures.isStalled { return "资金未到位，现场施工基本停滞" }
        guard let share = figures.constructionShare else {
            if figures.isPreparationPayment {
                return nature == .new && !theme.isInfrastructure ? "完成土地摘牌，办理不动产权证" : "完成项目设计及前期手续"
            }
            return preparationSteps[min(preparationIndex, preparationSteps.count - 1)]
        }
        if share < 1, [12, 1, 2].contains(figures.month.month), rng.chance(permille: 500) {
            return theme.isInfrastructure ? "冬季停工，开展材料储备" : "冬季施工放缓，开展室内工程和设备采购"
        }
        let steps =
            theme.isInfrastructure ? infrastructureSteps : nature == .renovation ? renovationSteps : constructionSteps
        return steps.first { share <= $0.0 }?.1 ?? steps.last!.1
    }

    /// 形象进度 by the share of construction months done (the last step is the completion month).
    static let constructionSteps: [(Decimal, String)] = [
        (pm(100), "开工建设，开展场地平整和基础施工"), (pm(250), "厂房基础及桩基施工"), (pm(450), "主体结构施工"),
        (pm(600), "钢结构厂房吊装"), (pm(700), "屋面及墙面围护施工，同步开展设备采购"), (pm(850), "设备进场安装"),
        (pm(999), "设备安装调试"), (1, "竣工验收，进入试生产"),
    ]
    static let renovationSteps: [(Decimal, String)] = [
        (pm(300), "旧生产线拆除改造"), (pm(600), "新设备采购到货"), (pm(999), "设备安装调试"), (1, "技改完成，投入试运行"),
    ]
    static let infrastructureSteps: [(Decimal, String)] = [
        (pm(200), "路基及基础施工"), (pm(500), "主体工程施工"), (pm(800), "管网铺设及附属工程施工"), (pm(999), "附属设施及绿化施工"),
        (1, "完成竣工验收，交付使用"),
    ]

    /// Kinds of problems by weight, before construction and during it.
    static let preparationKinds: [(MatterKind, Int)] = [
        (.land, 35), (.permits, 35), (.power, 10), (.water, 8), (.financing, 7), (.other, 5),
    ]
    static let constructionKinds: [(MatterKind, Int)] = [
        (.power, 24), (.water, 14), (.financing, 20), (.permits, 15), (.other, 15), (.land, 12),
    ]

    /// One kind of problem as offices describe it (`#` takes a number from `range`), who must solve it (`{区}` is
    /// the zone's short name) and how it was solved.
    struct MatterText: Sendable {
        let description: String
        let range: ClosedRange<Int>
        let owners: [String]
        let resolution: String

        init(
            _ description: String, _ range: ClosedRange<Int> = 0...0, owners: [String], solved resolution: String
        ) {
            self.description = description
            self.range = range
            self.owners = owners
            self.resolution = resolution
        }
    }

    /// Problems by kind.
    static let matterTexts: [MatterKind: [MatterText]] = [
        .land: [
            MatterText(
                "项目用地#亩尚未完成征收，影响开工建设", 30...300, owners: ["{区}征地拆迁办公室", "市自然资源和规划局"], solved: "已完成土地征收和摘牌，取得不动产权证书"),
            MatterText(
                "土地组卷报批进度缓慢，#亩建设用地指标未落实", 20...200, owners: ["市自然资源和规划局", "{区}自然资源分局"], solved: "用地指标已落实，完成组卷报批"),
            MatterText("项目用地涉及林地#亩，林地报批尚未完成", 10...80, owners: ["市林业局", "{区}自然资源分局"], solved: "林地报批手续已获批复"),
            MatterText("项目地块地上附着物未清表，施工队伍无法进场", owners: ["{区}征地拆迁办公室"], solved: "协调完成地上附着物清表，交付施工用地"),
        ],
        .water: [
            MatterText("园区供水管网未延伸至项目地块，施工及生产用水无法保障", owners: ["市水务集团", "{区}规划建设局"], solved: "供水管网已铺设到位并正式通水"),
            MatterText("日需工业用水#吨，现有供水能力不足", 500...5_000, owners: ["市水务集团"], solved: "协调临时供水，新建供水管线已完工"),
        ],
        .power: [
            MatterText("10千伏专线未接入，施工用电不足", owners: ["国网河西供电公司"], solved: "10千伏专线已架设完成并送电"),
            MatterText(
                "项目需新增用电负荷#千伏安，变电站容量不足", 2_000...20_000, owners: ["国网河西供电公司", "{区}经济发展局"], solved: "协调供电公司完成变电站增容改造"),
            MatterText("临时用电报装审批缓慢", owners: ["国网河西供电公司"], solved: "临时用电已接通"),
        ],
        .permits: [
            MatterText("环评批复尚未取得，影响开工", owners: ["市生态环境局"], solved: "已取得环评批复"),
            MatterText("施工许可证办理滞后", owners: ["市行政审批服务局", "市住房和城乡建设局"], solved: "施工许可证已办结"),
            MatterText("节能审查未通过，需补充材料", owners: ["市发展和改革委员会"], solved: "补充材料后节能审查已通过"),
            MatterText("设计方案需调整，规划许可证尚未办理", owners: ["市自然资源和规划局", "市行政审批服务局"], solved: "方案调整后已取得建设工程规划许可证"),
            MatterText("消防验收未通过，需整改", owners: ["市住房和城乡建设局"], solved: "整改完成，通过消防验收"),
        ],
        .financing: [
            MatterText(
                "企业资金紧张，银行贷款#万元未到位", 2_000...30_000, owners: ["市地方金融监督管理局", "{区}财政金融局"], solved: "协调银行授信，贷款已发放"),
            MatterText(
                "项目资本金到位不足，资金缺口约#万元", 1_000...20_000, owners: ["{区}财政金融局", "{区}招商服务局"], solved: "企业引入战略投资者，资金缺口已解决"),
            MatterText("申报的专项债券资金#万元尚未下达", 2_000...10_000, owners: ["市发展和改革委员会", "市财政局"], solved: "专项债券资金已拨付到位"),
        ],
        .other: [
            MatterText("施工场地周边群众阻工", owners: ["{区}社会事务局", "属地乡镇人民政府"], solved: "经协调阻工问题已化解，恢复施工"),
            MatterText("进口设备到货延迟", owners: ["{区}招商服务局", "市商务局"], solved: "设备已全部到货"),
            MatterText("技术工人招工困难，缺口约#人", 50...300, owners: ["{区}人力资源服务中心", "市人力资源和社会保障局"], solved: "举办专场招聘会，招工缺口已补齐"),
            MatterText("施工道路未打通，大型设备无法进场", owners: ["{区}规划建设局"], solved: "施工便道已打通"),
        ],
    ]

    /// 走访、推介、洽谈、考察 notes of the promotion office.
    static let promotionEvents = ["京津冀产业对接会", "长三角投资推介会", "粤港澳大湾区招商推介会", "省投资贸易洽谈会", "异地商会年会"]
}
