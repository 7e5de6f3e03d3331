import Foundation

/// One investment project (项目), from the first lead to production: the same record is followed through
/// 招商 (lead → negotiating → signed) and construction (前期 → 新开工 → 续建 → 竣工 → 投产). Amounts are in 万元,
/// the unit project ledgers use; the store keeps them exactly.
public struct Project: Hashable, Sendable, Codable {
    /// Assigned by the store; nil before the project is first saved.
    public var id: Int64?
    /// 项目编号, unique in the whole instance (e.g. `HX-JK-2024-017`).
    public var code: String
    public var name: String
    /// The zone or park the project is in.
    public var orgUnitID: Int64
    public var stage: ProjectStage

    /// 投资方 and where it comes from (京津冀、长三角、珠三角 …).
    public var investor: String?
    public var investorOrigin: String?
    /// 行业 and the configured industry chain (产业链) and link (环节) it strengthens.
    public var industry: String?
    public var industryChain: String?
    public var chainLink: String?
    public var levels: Set<ProjectLevel>
    public var constructionNature: ConstructionNature?
    /// 项目类型 (产业项目、基础设施项目 …).
    public var projectType: String?
    /// 建设内容.
    public var content: String?
    /// 招商方式 (基金招商、产业链招商 …).
    public var promotionMethod: String?

    /// 签约金额, 计划总投资 (万元).
    public var contractValue: Decimal?
    public var plannedInvestment: Decimal?
    /// 年度计划投资 per year (万元).
    public var annualPlans: [Int: Decimal]

    public var signedOn: CalendarDate?
    public var plannedStart: CalendarDate?
    public var actualStart: CalendarDate?
    public var plannedCompletion: CalendarDate?
    public var actualCompletion: CalendarDate?
    public var productionOn: CalendarDate?
    /// When it was dropped (调整退出) and why.
    public var withdrawnOn: CalendarDate?
    public var withdrawalReason: String?

    /// 入统: the project is reported to the statistics bureau's fixed-asset investment figures.
    public var isInStatistics: Bool
    /// 包联领导, 责任单位, 服务单位, 专班成员.
    public var liaisonLeaders: [String]
    public var responsibleUnit: String?
    public var serviceUnit: String?
    public var taskForce: [String]
    /// 达产后预计年产值, 年税收 (万元).
    public var expectedAnnualOutput: Decimal?
    public var expectedAnnualTax: Decimal?

    public init(
        id: Int64? = nil, code: String, name: String, orgUnitID: Int64, stage: ProjectStage = .lead,
        investor: String? = nil, investorOrigin: String? = nil, industry: String? = nil,
        industryChain: String? = nil, chainLink: String? = nil, levels: Set<ProjectLevel> = [],
        constructionNature: ConstructionNature? = nil, projectType: String? = nil, content: String? = nil,
        promotionMethod: String? = nil, contractValue: Decimal? = nil, plannedInvestment: Decimal? = nil,
        annualPlans: [Int: Decimal] = [:], signedOn: CalendarDate? = nil, plannedStart: CalendarDate? = nil,
        actualStart: CalendarDate? = nil, plannedCompletion: CalendarDate? = nil,
        actualCompletion: CalendarDate? = nil, productionOn: CalendarDate? = nil, withdrawnOn: CalendarDate? = nil,
        withdrawalReason: String? = nil, isInStatistics: Bool = false, liaisonLeaders: [String] = [],
        responsibleUnit: String? = nil, serviceUnit: String? = nil, taskForce: [String] = [],
        expectedAnnualOutput: Decimal? = nil, expectedAnnualTax: Decimal? = nil
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.orgUnitID = orgUnitID
        self.stage = stage
        self.investor = investor
        self.investorOrigin = investorOrigin
        self.industry = industry
        self.industryChain = industryChain
        self.chainLink = chainLink
        self.levels = levels
        self.constructionNature = constructionNature
        self.projectType = projectType
        self.content = content
        self.promotionMethod = promotionMethod
        self.contractValue = contractValue
        self.plannedInvestment = plannedInvestment
        self.annualPlans = annualPlans
        self.signedOn = signedOn
        self.plannedStart = plannedStart
        self.actualStart = actualStart
        self.plannedCompletion = plannedCompletion
        self.actualCompletion = actualCompletion
        self.productionOn = productionOn
        self.withdrawnOn = withdrawnOn
        self.withdrawalReason = withdrawalReason
        self.isInStatistics = isInStatistics
        self.liaisonLeaders = liaisonLeaders
        self.responsibleUnit = responsibleUnit
        self.serviceUnit = serviceUnit
        self.taskForce = taskForce
        self.expectedAnnualOutput = expectedAnnualOutput
        self.expectedAnnualTax = expectedAnnualTax
    }

    /// 年度计划投资 for `year`, zero when none was set.
    public func annualPlan(for year: Int) -> Decimal { annualPlans[year] ?? 0 }
}
