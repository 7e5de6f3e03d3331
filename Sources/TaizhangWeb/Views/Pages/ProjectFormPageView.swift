import Foundation
import TaizhangCore

/// GET /projects/new and /projects/{id}/edit: the project form with every field of the record; shown again
/// with what was typed and the problems found when a save is refused.
struct ProjectFormPageView {
    let layout: LayoutView
    let projectNav: ProjectNavView
    let action: String
    let isNew: Bool
    let cancelHref: String
    let submitLabel: String
    /// Text of each single-value field, by name (`code`, `name`, `signedOn` …).
    let values: [String: String]
    let unitOptions: [ProjectOptionView]
    let stageOptions: [ProjectOptionView]
    let levelChecks: [ProjectOptionView]
    let natureOptions: [ProjectOptionView]
    let chainOptions: [ProjectOptionView]
    let linkGroups: [ProjectLinkGroupView]
    let projectTypes: [String]
    let promotionMethods: [String]
    let planRows: [ProjectPlanInputView]
    let isInStatistics: Bool
    let problems: [String]
    let hasProblems: Bool

    init(
        layout: LayoutView, nav: ProjectNavView, action: String, isNew: Bool, cancelHref: String,
        fields: ProjectFields, units: [OrgUnit], tree: OrgTree, chains: [IndustryChain], planYears: [Int],
        problems: [APIProblem]
    ) {
        self.layout = layout
        projectNav = nav
        self.action = action
        self.isNew = isNew
        self.cancelHref = cancelHref
        submitLabel = isNew ? "保存新项目" : "保存修改"
        var values: [String: String] = [:]
        for name in ProjectFields.labels.keys { values[name] = fields[name] ?? "" }
        values["liaisonLeaders"] = fields.liaisonLeaders.joined(separator: "、")
        values["taskForce"] = fields.taskForce.joined(separator: "、")
        self.values = values
        let selectedUnit = fields["orgUnit"]
        unitOptions = units.map { unit in
            let depth = max(0, tree.ancestors(of: unit.id).count)
            return ProjectOptionView(
                value: String(unit.id), label: String(repeating: "　", count: depth) + unit.name,
                isSelected: String(unit.id) == selectedUnit || unit.code == selectedUnit)
        }
        let stage = fields["stage"].flatMap { ProjectStage(rawValue: $0) ?? ProjectStage(displayName: $0) } ?? .lead
        stageOptions = ProjectStage.allCases.filter { $0 != .withdrawn }.map {
            ProjectOptionView(value: $0.rawValue, label: $0.displayName, isSelected: $0 == stage)
        }
        let levels = Set(fields.levels.compactMap { ProjectLevel(rawValue: $0) ?? ProjectLevel(displayName: $0) })
        levelChecks = ProjectLevel.allCases.map {
            ProjectOptionView(value: $0.rawValue, label: $0.displayName, isSelected: levels.contains($0))
        }
        let nature = fields["constructionNature"].flatMap { ConstructionNature(displayName: $0) }
        natureOptions =
            [ProjectOptionView(value: "", label: "（未填）", isSelected: nature == nil)]
            + ConstructionNature.allCases.map {
                ProjectOptionView(value: $0.rawValue, label: $0.displayName, isSelected: $0 == nature)
            }
        let chain = fields["industryChain"]
        var chainNames = chains.map(\.name)
        if let chain, !chainNames.contains(chain) { chainNames.append(chain) }
        chainOptions =
            [ProjectOptionView(value: "", label: "（未填）", isSelected: chain == nil)]
            + chainNames.map { ProjectOptionView(value: $0, label: $0, isSelected: $0 == chain) }
        let link = fields["chainLink"]
        linkGroups = chains.map { chain in
            ProjectLinkGroupView(
                chain: chain.name,
                links: chain.links.map { ProjectOptionView(value: $0, label: $0, isSelected: $0 == link) })
        }
        projectTypes = ProjectType.standard
        promotionMethods = PromotionMethod.standard
        let typed = Dictionary(fields.annualPlans.map { ($0.year, $0.amount) }, uniquingKeysWith: { $1 })
        planRows = planYears.map { ProjectPlanInputView(year: $0, value: typed[String($0)] ?? "") }
        isInStatistics = fields.isInStatistics
        self.problems = problems.map(\.message)
        hasProblems = !problems.isEmpty
    }
}

/// The links (环节) of one industry chain, as an `<optgroup>`.
struct ProjectLinkGroupView {
    let chain: String
    let links: [ProjectOptionView]
}

/// One year's 年度计划投资 box.
struct ProjectPlanInputView {
    let year: Int
    let value: String
}

extension ProjectFields {
    /// The fields of a stored project, as the edit form shows them.
    init(_ project: Project) {
        func date(_ value: CalendarDate?) -> String { value?.description ?? "" }
        func amount(_ value: Decimal?) -> String { value?.plainString ?? "" }
        self.init(
            values: [
                "code": project.code, "name": project.name, "orgUnit": String(project.orgUnitID),
                "stage": project.stage.rawValue, "investor": project.investor ?? "",
                "investorOrigin": project.investorOrigin ?? "", "industry": project.industry ?? "",
                "industryChain": project.industryChain ?? "", "chainLink": project.chainLink ?? "",
                "constructionNature": project.constructionNature?.rawValue ?? "",
                "projectType": project.projectType ?? "", "content": project.content ?? "",
                "promotionMethod": project.promotionMethod ?? "", "contractValue": amount(project.contractValue),
                "plannedInvestment": amount(project.plannedInvestment), "signedOn": date(project.signedOn),
                "plannedStart": date(project.plannedStart), "actualStart": date(project.actualStart),
                "plannedCompletion": date(project.plannedCompletion),
                "actualCompletion": date(project.actualCompletion), "productionOn": date(project.productionOn),
                "responsibleUnit": project.responsibleUnit ?? "", "serviceUnit": project.serviceUnit ?? "",
                "expectedAnnualOutput": amount(project.expectedAnnualOutput),
                "expectedAnnualTax": amount(project.expectedAnnualTax),
            ],
            levels: project.levels.sorted().map(\.rawValue), liaisonLeaders: project.liaisonLeaders,
            taskForce: project.taskForce,
            annualPlans: project.annualPlans.sorted { $0.key < $1.key }.map { (String($0.key), $0.value.plainString) },
            isInStatistics: project.isInStatistics)
    }

    /// The years the form offers plan boxes for: last year to three years ahead, and every year already planned.
    static func planYears(around year: Int, planned: [(year: String, amount: String)]) -> [Int] {
        var years = Set((year - 1)...(year + 3))
        for (text, _) in planned { if let value = Int(text) { years.insert(value) } }
        return years.sorted()
    }
}
