import Foundation
import TaizhangCore

/// A project name pattern of one industry: `#` takes one of `numbers` (年产#万吨 …), `link` is the chain link
/// (环节) the project strengthens.
struct DemoNameTemplate: Sendable {
    let pattern: String
    let numbers: [Int]
    let link: String?

    init(_ pattern: String, _ numbers: [Int] = [], link: String? = nil) {
        self.pattern = pattern
        self.numbers = numbers
        self.link = link
    }
}

/// What the projects of one park look like: industry, chain, typical names, company words and building content.
struct DemoProjectTheme: Sendable {
    let industry: String
    let chain: String?
    let templates: [DemoNameTemplate]
    /// Words that end an investor's name before 有限公司 (新材料, 药业 …).
    let companyWords: [String]
    /// The main buildings of 建设内容.
    let buildings: String
    let equipment: [String]
    let projectType: String
    /// Government-funded park infrastructure: built by the zone's own platform company, not attracted.
    var isInfrastructure = false
}

/// The themes of the demo city's parks and where investors come from; chain links are those the store seeds
/// (ProjectSchema.defaultChainList), so the demo needs no chain configuration of its own.
enum DemoProjectThemes {
    static let equipment = DemoProjectTheme(
        industry: "装备制造", chain: "装备制造",
        templates: [
            DemoNameTemplate("年产#台（套）智能农机装备项目", [500, 800, 1_000, 2_000], link: "整机制造"),
            DemoNameTemplate("高端数控机床生产基地项目", link: "整机制造"),
            DemoNameTemplate("年产#万件精密铸锻件项目", [5, 10, 20, 30], link: "关键零部件"),
            DemoNameTemplate("智能装备制造产业园项目", link: "整机制造"),
            DemoNameTemplate("工程机械关键零部件项目", link: "关键零部件"),
            DemoNameTemplate("矿山机械再制造项目", link: "配套服务"),
            DemoNameTemplate("年产#台工业机器人项目", [1_000, 2_000, 5_000], link: "智能装备"),
            DemoNameTemplate("液压件及传动系统生产项目", link: "关键零部件"),
            DemoNameTemplate("年产#套智能仓储装备项目", [500, 1_000], link: "智能装备"),
        ],
        companyWords: ["智能装备", "机械制造", "重工", "精密机械", "装备科技"],
        buildings: "生产车间、装配车间、成品库及综合办公楼",
        equipment: ["数控加工中心", "激光切割机", "焊接机器人", "数控折弯机", "龙门铣床"], projectType: "产业项目")

    static let autoParts = DemoProjectTheme(
        industry: "汽车零部件", chain: "装备制造",
        templates: [
            DemoNameTemplate("新能源汽车零部件产业园项目", link: "关键零部件"),
            DemoNameTemplate("年产#万套汽车轮毂项目", [50, 100, 200], link: "关键零部件"),
            DemoNameTemplate("汽车电器配件制造项目", link: "关键零部件"),
            DemoNameTemplate("年产#万台新能源汽车驱动电机项目", [10, 20, 30], link: "关键零部件"),
            DemoNameTemplate("专用汽车改装生产线项目", link: "整机制造"),
            DemoNameTemplate("汽车线束及连接器项目", link: "关键零部件"),
            DemoNameTemplate("年产#万套汽车内饰件项目", [30, 50, 100], link: "关键零部件"),
        ],
        companyWords: ["汽车零部件", "汽车科技", "汽车配件", "车辆技术"],
        buildings: "冲压车间、焊装车间、涂装车间及仓储物流中心",
        equipment: ["压铸机", "冲压生产线", "机器人焊接工作站", "自动涂装线"], projectType: "产业项目")

    static let newMaterials = DemoProjectTheme(
        industry: "新材料", chain: "新材料",
        templates: [
            DemoNameTemplate("年产#万吨高端铝型材项目", [3, 5, 8, 10, 20], link: "先进金属材料"),
            DemoNameTemplate("金属新材料基地项目", link: "先进金属材料"),
            DemoNameTemplate("年产#万吨新型负极材料项目", [2, 5, 10], link: "化工新材料"),
            DemoNameTemplate("年产#万吨纳米碳黑材料项目", [3, 5, 8], link: "化工新材料"),
            DemoNameTemplate("年产#万吨高性能复合材料项目", [1, 2, 5], link: "复合材料"),
            DemoNameTemplate("年产#万吨特种合金项目", [1, 2, 3], link: "先进金属材料"),
            DemoNameTemplate("年产#亿平方米锂电池隔膜项目", [2, 5, 8], link: "化工新材料"),
        ],
        companyWords: ["新材料", "材料科技", "铝业", "新材料科技"],
        buildings: "熔铸车间、挤压车间、表面处理车间及原料库",
        equipment: ["熔铝炉", "挤压机", "时效炉", "氧化着色生产线", "自动包装线"], projectType: "产业项目")

    static let chemicals = DemoProjectTheme(
        industry: "精细化工", chain: "新材料",
        templates: [
            DemoNameTemplate("年产#万吨己内酰胺项目", [10, 20], link: "化工新材料"),
            DemoNameTemplate("年产#万吨电子级化学品项目", [2, 5, 10], link: "化工新材料"),
            DemoNameTemplate("年产#万吨可降解塑料项目", [3, 6, 10], link: "化工新材料"),
            DemoNameTemplate("年产#万吨锂电池电解液项目", [2, 5, 10], link: "化工新材料"),
            DemoNameTemplate("高端精细化学品项目", link: "化工新材料"),
            DemoNameTemplate("年产#万吨水性涂料项目", [5, 10], link: "化工新材料"),
        ],
        companyWords: ["化工", "化学科技", "新材料科技", "精细化工"],
        buildings: "生产装置区、罐区、公用工程站及中控楼",
        equipment: ["反应釜", "精馏塔", "换热器", "DCS控制系统", "尾气处理装置"], projectType: "产业项目")

    static let newEnergy = DemoProjectTheme(
        industry: "新能源", chain: "新能源",
        templates: [
            DemoNameTemplate("#兆瓦分布式光伏发电项目", [20, 50, 100], link: "光伏"),
            DemoNameTemplate("风电装备制造基地项目", link: "新能源装备"),
            DemoNameTemplate("年产#GWh储能电池项目", [2, 5, 10], link: "储能"),
            DemoNameTemplate("氢能装备产业园项目", link: "新能源装备"),
            DemoNameTemplate("年产#GW单晶硅拉晶切片项目", [5, 10, 20], link: "光伏"),
            DemoNameTemplate("年产#套风电叶片项目", [300, 500, 800], link: "新能源装备"),
            DemoNameTemplate("#万千瓦分散式风电项目", [5, 10, 20], link: "风电"),
            DemoNameTemplate("燃料电池汽车氢源保障项目", link: "氢能"),
        ],
        companyWords: ["新能源", "光伏科技", "储能科技", "能源科技", "氢能科技"],
        buildings: "生产厂房、电芯车间、模组PACK车间及研发中心",
        equipment: ["单晶炉", "切片机", "电芯叠片机", "化成分容设备", "叶片模具"], projectType: "产业项目")

    static let food = DemoProjectTheme(
        industry: "绿色食品", chain: "绿色食品",
        templates: [
            DemoNameTemplate("年产#万吨乳制品扩能项目", [5, 10, 20], link: "精深加工"),
            DemoNameTemplate("肉制品精深加工项目", link: "精深加工"),
            DemoNameTemplate("年产#万吨调味品生产项目", [3, 5, 10], link: "精深加工"),
            DemoNameTemplate("果蔬精深加工项目", link: "精深加工"),
            DemoNameTemplate("中央厨房及预制菜加工项目", link: "精深加工"),
            DemoNameTemplate("年产#万吨饲料项目", [10, 20, 30], link: "种养基地"),
            DemoNameTemplate("#万头生猪屠宰及肉制品加工项目", [30, 50, 100], link: "精深加工"),
            DemoNameTemplate("食品包装材料项目", link: "精深加工"),
            DemoNameTemplate("年产#万吨休闲食品项目", [1, 2, 3], link: "精深加工"),
        ],
        companyWords: ["食品", "乳业", "农业发展", "食品科技", "农牧"],
        buildings: "加工车间、冷库、原料库及检验中心",
        equipment: ["杀菌设备", "灌装生产线", "速冻隧道", "全自动包装机", "清洗分拣线"], projectType: "产业项目")

    static let agriProcessing = DemoProjectTheme(
        industry: "农副产品加工", chain: "绿色食品",
        templates: [
            DemoNameTemplate("年产#万吨玉米深加工项目", [10, 30, 50], link: "精深加工"),
            DemoNameTemplate("杂粮精深加工项目", link: "精深加工"),
            DemoNameTemplate("农产品冷链仓储项目", link: "冷链仓储"),
            DemoNameTemplate("年产#万吨有机肥项目", [5, 10], link: "种养基地"),
            DemoNameTemplate("果品分拣包装及冷藏项目", link: "冷链仓储"),
            DemoNameTemplate("中药材初加工及仓储项目", link: "种养基地"),
        ],
        companyWords: ["农产品", "农业科技", "农副产品", "粮油"],
        buildings: "加工车间、烘干塔、恒温库及成品库",
        equipment: ["烘干机组", "色选机", "分拣线", "制冷机组", "包装线"], projectType: "产业项目")

    static let pharma = DemoProjectTheme(
        industry: "生物医药", chain: "生物医药",
        templates: [
            DemoNameTemplate("高端原料药及医药中间体项目", link: "原料药"),
            DemoNameTemplate("中药材精深加工项目", link: "中医药"),
            DemoNameTemplate("医疗器械生产基地项目", link: "医疗器械"),
            DemoNameTemplate("生物疫苗研发生产项目"),
            DemoNameTemplate("大健康产业园项目", link: "中医药"),
            DemoNameTemplate("年产#亿片（粒）固体制剂项目", [5, 10, 20], link: "化学制剂"),
            DemoNameTemplate("体外诊断试剂生产项目", link: "医疗器械"),
        ],
        companyWords: ["药业", "生物科技", "医疗器械", "医药科技", "生物制药"],
        buildings: "GMP生产车间、质检中心、研发楼及仓库",
        equipment: ["提取罐", "冻干机", "压片机", "洁净空调系统", "灌装联动线"], projectType: "产业项目")

    static let electronics = DemoProjectTheme(
        industry: "电子信息", chain: "电子信息",
        templates: [
            DemoNameTemplate("电子触摸屏及智能终端项目", link: "智能终端"),
            DemoNameTemplate("大数据产业园项目", link: "软件和信息服务"),
            DemoNameTemplate("年产#万片芯片封装测试项目", [100, 300, 500], link: "电子元器件"),
            DemoNameTemplate("光电显示模组项目", link: "电子元器件"),
            DemoNameTemplate("智能传感器生产线项目", link: "电子元器件"),
            DemoNameTemplate("5G通信设备制造项目", link: "智能终端"),
            DemoNameTemplate("年产#万平方米印制电路板项目", [50, 100, 200], link: "电子元器件"),
            DemoNameTemplate("绿色数据中心项目", link: "软件和信息服务"),
        ],
        companyWords: ["电子科技", "光电", "信息技术", "智能科技", "微电子"],
        buildings: "洁净厂房、动力站、研发中心及配套用房",
        equipment: ["SMT贴片线", "固晶机", "自动光学检测设备", "洁净室系统", "服务器机柜"], projectType: "产业项目")

    static let innovation = DemoProjectTheme(
        industry: "科技服务", chain: "电子信息",
        templates: [
            DemoNameTemplate("科技企业孵化器项目", link: "软件和信息服务"),
            DemoNameTemplate("工业互联网平台项目", link: "软件和信息服务"),
            DemoNameTemplate("新型研发机构建设项目", link: "软件和信息服务"),
            DemoNameTemplate("检验检测中心项目", link: "软件和信息服务"),
            DemoNameTemplate("智能制造研发中心项目", link: "智能终端"),
        ],
        companyWords: ["科技", "信息技术", "检测技术", "创新科技"],
        buildings: "研发楼、中试车间、检测实验室及孵化用房",
        equipment: ["检测分析仪器", "中试生产线", "服务器", "环境试验设备"], projectType: "科技创新项目")

    static let logistics = DemoProjectTheme(
        industry: "现代物流", chain: "现代物流",
        templates: [
            DemoNameTemplate("冷链物流中心项目", link: "仓储配送"),
            DemoNameTemplate("智慧物流园项目", link: "仓储配送"),
            DemoNameTemplate("公铁联运物流港项目", link: "多式联运"),
            DemoNameTemplate("快递分拨中心项目", link: "仓储配送"),
            DemoNameTemplate("农产品冷链仓储项目", link: "仓储配送"),
            DemoNameTemplate("保税物流中心项目", link: "多式联运"),
            DemoNameTemplate("新能源汽车智慧物流产业园项目", link: "仓储配送"),
            DemoNameTemplate("供应链管理服务平台项目", link: "供应链服务"),
        ],
        companyWords: ["物流", "供应链管理", "冷链物流", "国际物流"],
        buildings: "高标准仓库、冷库、分拣中心及综合服务楼",
        equipment: ["自动化立体货架", "智能分拣系统", "冷藏车", "叉车", "仓储管理系统"], projectType: "服务业项目")

    static let textiles = DemoProjectTheme(
        industry: "纺织服装", chain: nil,
        templates: [
            DemoNameTemplate("年产#万件服装生产项目", [100, 300, 500]),
            DemoNameTemplate("功能性面料生产项目"),
            DemoNameTemplate("年产#万锭纺纱项目", [5, 10]),
            DemoNameTemplate("羊绒制品精深加工项目"),
            DemoNameTemplate("产业用纺织品项目"),
            DemoNameTemplate("家纺产品生产项目"),
        ],
        companyWords: ["纺织", "服饰", "纺织科技", "家纺"],
        buildings: "纺纱车间、织造车间、成衣车间及仓库",
        equipment: ["环锭纺纱机", "喷气织机", "自动裁床", "智能吊挂系统"], projectType: "产业项目")

    static let buildingMaterials = DemoProjectTheme(
        industry: "新型建材", chain: "新材料",
        templates: [
            DemoNameTemplate("年产#万吨新型干混砂浆项目", [20, 50], link: "基础原料"),
            DemoNameTemplate("装配式建筑构件生产基地项目", link: "基础原料"),
            DemoNameTemplate("年产#万立方米加气混凝土砌块项目", [20, 30, 50], link: "基础原料"),
            DemoNameTemplate("城市建筑垃圾综合处理项目", link: "基础原料"),
            DemoNameTemplate("水泥窑协同处置固废项目", link: "基础原料"),
            DemoNameTemplate("年产#万吨岩棉保温材料项目", [3, 5, 10], link: "基础原料"),
        ],
        companyWords: ["建材", "新型建材", "建筑科技", "环保科技"],
        buildings: "生产车间、原料堆棚、成品养护区及办公楼",
        equipment: ["搅拌站", "蒸压釜", "PC构件生产线", "破碎筛分设备"], projectType: "产业项目")

    static let metallurgy = DemoProjectTheme(
        industry: "冶金铸造", chain: "装备制造",
        templates: [
            DemoNameTemplate("精密铸锻造产业园项目", link: "关键零部件"),
            DemoNameTemplate("年产#万吨球墨铸铁件项目", [5, 10, 20], link: "关键零部件"),
            DemoNameTemplate("年产#万吨特钢锻件项目", [3, 5, 10], link: "关键零部件"),
            DemoNameTemplate("铸造产业绿色化改造项目", link: "关键零部件"),
            DemoNameTemplate("高温超高压煤气发电项目", link: "配套服务"),
            DemoNameTemplate("年产#万件风电铸件项目", [1, 2, 3], link: "关键零部件"),
        ],
        companyWords: ["铸造", "精密铸锻", "特钢", "冶金科技"],
        buildings: "熔炼车间、造型车间、清理车间及热处理车间",
        equipment: ["中频感应电炉", "静压造型线", "抛丸清理机", "热处理炉"], projectType: "产业项目")

    static let infrastructure = DemoProjectTheme(
        industry: "基础设施", chain: nil,
        templates: [
            DemoNameTemplate("道路及配套管网工程"),
            DemoNameTemplate("污水处理厂及配套管网项目"),
            DemoNameTemplate("110千伏变电站项目"),
            DemoNameTemplate("#万平方米标准化厂房项目", [5, 10, 15, 20]),
            DemoNameTemplate("集中供热管网工程"),
            DemoNameTemplate("工业供水工程"),
            DemoNameTemplate("人才公寓项目"),
            DemoNameTemplate("智慧园区建设项目"),
            DemoNameTemplate("天然气管网工程"),
        ],
        companyWords: [], buildings: "", equipment: [], projectType: "基础设施项目", isInfrastructure: true)

    /// The themes of each park, by park code; a zone's own projects are its infrastructure.
    static let byPark: [String: [DemoProjectTheme]] = [
        "HX-JK-ZB": [equipment], "HX-JK-QP": [autoParts], "HX-JK-XCL": [newMaterials], "HX-JK-WL": [logistics],
        "HX-GX-DZ": [electronics], "HX-GX-SY": [pharma], "HX-GX-KC": [innovation, electronics, newMaterials],
        "HX-HDJK-SP": [food], "HX-HDJK-ZB": [equipment, autoParts], "HX-HDJK-WL": [logistics],
        "HX-LG-HG": [chemicals], "HX-LG-XNY": [newEnergy],
        "HX-YNJK-SP": [food], "HX-YNJK-FZ": [textiles], "HX-YNJK-NF": [agriProcessing],
        "HX-BS-JC": [buildingMaterials], "HX-BS-ZZ": [metallurgy],
    ]

    /// 投资方来源 with its weight and the places an investor's name may start with.
    static let origins: [(name: String, weight: Int, places: [String])] = [
        ("本省", 34, ["河西", "永宁"]),
        ("京津冀", 20, ["北京", "天津", "石家庄", "保定", "廊坊"]),
        ("长三角", 20, ["上海", "苏州", "杭州", "宁波", "合肥", "南京", "无锡", "常州"]),
        ("珠三角", 14, ["深圳", "广州", "东莞", "佛山", "珠海", "中山"]),
        ("港澳台", 6, ["香港", "澳门", "台湾"]),
        ("海外", 6, ["新加坡", "德国", "日本", "韩国"]),
    ]

    /// 招商方式 with weights: chain-based and referral promotion bring most projects.
    static let promotionMethods: [(String, Int)] = [
        ("产业链招商", 25), ("以商引商", 18), ("领导带队招商", 15), ("基金招商", 10), ("商会招商", 10),
        ("驻地招商", 8), ("展会招商", 7), ("平台招商", 4), ("资本招商", 3),
    ]

    /// Two-character brand names are built from these (first × second character).
    static let brandFirst = Array("鑫华天金龙瑞恒宏博中泰汇凯德正佳明盛永海宇嘉昊晟铭腾源兴卓远冠")
    static let brandSecond = Array("茂翔研辰域升星业奥达信航和通润邦禾阳泽科创丰力锦昌宝越诚元峰")
}
