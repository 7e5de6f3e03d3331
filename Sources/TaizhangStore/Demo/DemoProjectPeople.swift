import Foundation
import TaizhangCore

/// One demo zone as the project ledger sees it: how many projects, its short name, the leaders who answer for its
/// projects (包联领导) and the platform company that builds its infrastructure.
struct DemoProjectZone: Sendable {
    let code: String
    let projectCount: Int
    /// 经开区, 高新区 …: the prefix of its offices' names.
    let shortName: String
    let leaders: [String]
    let platformCompany: String
}

/// The people and offices of the demo project ledger.
enum DemoProjectPeople {
    /// The six zones in layout order, 300 projects in all.
    static let zones: [DemoProjectZone] = [
        DemoProjectZone(
            code: "HX-JK", projectCount: 58, shortName: "经开区",
            leaders: ["王建国（管委会主任）", "李卫东（管委会副主任）", "赵丽华（党工委副书记）", "孙志刚（管委会副主任）"],
            platformCompany: "河西经开区建设投资有限公司"),
        DemoProjectZone(
            code: "HX-GX", projectCount: 52, shortName: "高新区",
            leaders: ["周明远（管委会主任）", "吴海峰（管委会副主任）", "郑晓燕（管委会副主任）", "冯立新（党工委委员）"],
            platformCompany: "河西高新区发展集团有限公司"),
        DemoProjectZone(
            code: "HX-HDJK", projectCount: 50, shortName: "河东经开区",
            leaders: ["陈国庆（管委会主任）", "杨振华（管委会副主任）", "黄秀英（管委会副主任）"],
            platformCompany: "河东经开区城市建设投资有限公司"),
        DemoProjectZone(
            code: "HX-LG", projectCount: 48, shortName: "临港园区",
            leaders: ["刘长青（管委会主任）", "何建军（管委会副主任）", "马俊峰（管委会副主任）"],
            platformCompany: "临港工业园区开发建设有限公司"),
        DemoProjectZone(
            code: "HX-YNJK", projectCount: 50, shortName: "永宁经开区",
            leaders: ["许志勇（管委会主任）", "韩文斌（管委会副主任）", "唐玉兰（管委会副主任）"],
            platformCompany: "永宁县产业投资有限公司"),
        DemoProjectZone(
            code: "HX-BS", projectCount: 42, shortName: "北山园区",
            leaders: ["高树林（管委会主任）", "罗宏伟（管委会副主任）", "谢春梅（管委会副主任）"],
            platformCompany: "北山工业园区建设发展有限公司"),
    ]

    /// City leaders who also answer for the largest projects (省重点、省百大).
    static let cityLeaders = ["张振宇（副市长）", "林晓东（副市长）", "钱文博（市发展改革委主任）"]

    /// 服务单位: the city departments that serve a project.
    static let serviceUnits = [
        "市发展和改革委员会", "市工业和信息化局", "市商务局", "市自然资源和规划局", "市住房和城乡建设局", "市行政审批服务局",
        "市生态环境局",
    ]

    /// The zone offices a project is assigned to (责任单位 is the zone's short name plus one of these).
    static let responsibleOffices = ["经济发展局", "招商服务局", "规划建设局", "项目服务中心"]

    /// The offices task-force members (专班成员) come from.
    static let taskForceOffices = ["经济发展局", "规划建设局", "招商服务局", "自然资源分局", "行政审批局", "财政局"]

    static let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董")
    static let givenNames = [
        "伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "秀兰", "海涛", "晓东",
        "志华", "建平", "丽娟", "文杰", "红梅", "国栋", "玉婷", "子豪", "思远", "雪梅",
    ]

    /// 调整退出 reasons of a lead that was never signed, each a full sentence as an office would record it.
    static let negotiationWithdrawalReasons = [
        "企业投资计划调整，项目暂缓实施，终止洽谈。",
        "企业最终选址外省，终止洽谈。",
        "受市场环境变化影响，企业决定终止项目合作。",
        "项目能耗指标无法落实，不符合园区准入要求，终止洽谈。",
        "投资方经营战略调整，项目取消。",
    ]

    /// 调整退出 reasons of a signed project.
    static let signedWithdrawalReasons = [
        "企业投资计划调整，项目暂缓实施，经双方协商解除投资协议。",
        "项目未通过节能审查，能耗指标无法落实，依规调整退出。",
        "企业选址调整至外省，经协商解除合作协议。",
        "项目用地涉及国土空间规划调整，短期内无法落地，调出项目库。",
    ]

    /// 调整退出 of a project whose construction stopped.
    static let stoppedConstructionReason = "投资方资金链断裂，无力继续投资建设，项目停建，按协议收回土地。"
}
