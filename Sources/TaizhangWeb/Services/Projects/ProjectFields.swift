import Foundation
import TaizhangCore

/// A project as typed in the project form or sent as JSON, every value still text: turned into a `Project`
/// with one Chinese problem per unusable field, so the form can show them all at once.
struct ProjectFields: Sendable {
    /// Single values by field name (`code`, `name`, `orgUnit`, `plannedInvestment`, `signedOn` …).
    var values: [String: String] = [:]
    var levels: [String] = []
    var liaisonLeaders: [String] = []
    var taskForce: [String] = []
    /// 年度计划投资 per year, as typed.
    var annualPlans: [(year: String, amount: String)] = []
    var isInStatistics = false

    subscript(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// The Chinese label of each field, as the form and the office sheet name it.
    static let labels: [String: String] = [
        "code": "项目编号", "name": "项目名称", "orgUnit": "所属单位", "stage": "建设阶段", "investor": "投资方",
        "investorOrigin": "投资方来源地", "industry": "行业", "industryChain": "产业链", "chainLink": "产业链环节",
        "levels": "项目级别", "constructionNature": "建设性质", "projectType": "项目类型", "content": "建设内容",
        "promotionMethod": "招商方式", "contractValue": "签约金额", "plannedInvestment": "计划总投资",
        "annualPlans": "年度计划投资", "signedOn": "签约日期", "plannedStart": "计划开工日期",
        "actualStart": "实际开工日期", "plannedCompletion": "计划竣工日期", "actualCompletion": "实际竣工日期",
        "productionOn": "投产日期", "liaisonLeaders": "包联领导", "responsibleUnit": "责任单位", "serviceUnit": "服务单位",
        "taskForce": "专班成员", "expectedAnnualOutput": "达产后预计年产值", "expectedAnnualTax": "达产后预计年税收",
    ]

    static func label(_ field: String) -> String { labels[field] ?? field }

    /// Splits a list typed in one box (`张三、李四`) on 、，,;； and spaces.
    static func splitList(_ text: String) -> [String] {
        text.split(whereSeparator: { "、，,;；\n".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    /// The project these fields describe. `base` is the stored project when editing: its id and stage are kept
    /// (stages change only through the lifecycle). A new project's stage comes from the `stage` field (储备
    /// by default) and must carry the facts that stage needs.
    func project(base: Project?, tree: OrgTree) -> Result<Project, ProjectServiceError> {
        var problems: [APIProblem] = []
        func problem(_ field: String, _ message: String) {
            problems.append(APIProblem(message: message, field: field))
        }
        func required(_ field: String) -> String {
            guard let value = self[field] else {
                problem(field, "请填写\(Self.label(field))。")
                return ""
            }
            return value
        }
        func amount(_ field: String) -> Decimal? {
            guard let text = self[field] else { return nil }
            guard let value = FormFields.parseFigure(text) else {
                problem(field, "\(Self.label(field))“\(text)”不是有效的数值（单位：万元）。")
                return nil
            }
            guard value >= 0 else {
                problem(field, "\(Self.label(field))不能为负数（现为\(text)）。")
                return nil
            }
            return value
        }
        func date(_ field: String) -> CalendarDate? {
            guard let text = self[field] else { return nil }
            guard let value = CalendarDate(text) else {
                problem(field, "\(Self.label(field))“\(text)”无法识别，请按“2026-03-15”填写。")
                return nil
            }
            return value
        }

        let code = required("code")
        let name = required("name")
        var orgUnitID = base?.orgUnitID ?? 0
        if let unitText = self["orgUnit"] {
            if let unit = tree.unit(id: Int64(unitText) ?? -1) ?? tree.unit(code: unitText) {
                orgUnitID = unit.id
            } else {
                problem("orgUnit", "找不到所属单位“\(unitText)”。")
            }
        } else if base == nil {
            problem("orgUnit", "请选择所属单位。")
        }
        var stage = base?.stage ?? .lead
        if base == nil, let text = self["stage"] {
            if let parsed = ProjectStage(displayName: text) {
                stage = parsed
            } else {
                problem("stage", "建设阶段“\(text)”无法识别。")
            }
        }
        var parsedLevels: Set<ProjectLevel> = []
        for text in self.levels where !text.trimmingCharacters(in: .whitespaces).isEmpty {
            switch ProjectLevel.parseList(text) {
            case .success(let parsed): parsedLevels.formUnion(parsed)
            case .failure(let unknown): problem("levels", "项目级别“\(unknown.name)”无法识别。")
            }
        }
        var nature: ConstructionNature?
        if let text = self["constructionNature"] {
            nature = ConstructionNature(displayName: text)
            if nature == nil { problem("constructionNature", "建设性质“\(text)”无法识别，可填新建、扩建或技改。") }
        }
        var plans: [Int: Decimal] = [:]
        for (yearText, amountText) in annualPlans {
            let trimmed = amountText.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let year = Int(yearText.trimmingCharacters(in: .whitespaces)), (1900...9999).contains(year) else {
                problem("annualPlans", "年度计划投资的年份“\(yearText)”无效。")
                continue
            }
            guard let value = FormFields.parseFigure(trimmed), value >= 0 else {
                problem("annualPlans", "\(year)年计划投资“\(trimmed)”不是有效的非负数值（单位：万元）。")
                continue
            }
            plans[year] = value
        }

        let project = Project(
            id: base?.id, code: code, name: name, orgUnitID: orgUnitID, stage: stage, investor: self["investor"],
            investorOrigin: self["investorOrigin"], industry: self["industry"], industryChain: self["industryChain"],
            chainLink: self["chainLink"], levels: parsedLevels, constructionNature: nature, projectType: self["projectType"],
            content: self["content"], promotionMethod: self["promotionMethod"], contractValue: amount("contractValue"),
            plannedInvestment: amount("plannedInvestment"), annualPlans: plans, signedOn: date("signedOn"),
            plannedStart: date("plannedStart"), actualStart: date("actualStart"),
            plannedCompletion: date("plannedCompletion"), actualCompletion: date("actualCompletion"),
            productionOn: date("productionOn"), withdrawnOn: base?.withdrawnOn, withdrawalReason: base?.withdrawalReason,
            isInStatistics: isInStatistics, liaisonLeaders: liaisonLeaders, responsibleUnit: self["responsibleUnit"],
            serviceUnit: self["serviceUnit"], taskForce: taskForce,
            expectedAnnualOutput: amount("expectedAnnualOutput"), expectedAnnualTax: amount("expectedAnnualTax"))
        if let start = project.plannedStart, let end = project.plannedCompletion, end < start {
            problem("plannedCompletion", "计划竣工日期（\(end.chineseDescription)）不能早于计划开工日期（\(start.chineseDescription)）。")
        }
        if base == nil, problems.isEmpty {
            problems += Self.creationProblems(project)
        }
        if base == nil, stage == .withdrawn {
            problem("stage", "新建项目不能直接处于“调整退出”阶段。")
        }
        return problems.isEmpty ? .success(project) : .failure(.invalidProject(problems))
    }

    /// A project entered at a later stage (e.g. a 续建 project taken over from a paper ledger) must carry the
    /// facts that stage needs, as a stage change would.
    static func creationProblems(_ project: Project) -> [APIProblem] {
        var facts = ProjectLifecycle.requiredFacts(for: project.stage)
        switch project.stage {
        case .preparing: facts = ProjectLifecycle.requiredFacts(for: .signed)
        case .continuing: facts = [.actualStart]
        case .completed, .operating: facts = [.actualStart] + facts
        default: break
        }
        let present: [StageFact: Bool] = [
            .signedOn: project.signedOn != nil, .contractValue: project.contractValue != nil,
            .actualStart: project.actualStart != nil, .actualCompletion: project.actualCompletion != nil,
            .productionOn: project.productionOn != nil, .withdrawalReason: true,
        ]
        return facts.filter { present[$0] != true }.map { fact in
            APIProblem(
                message: "“\(project.stage.displayName)”阶段的项目需要填写\(fact.displayName)。", field: fact.rawValue,
                code: "missing_fact")
        }
    }
}

extension ProjectFields {
    /// The fields of a posted project form: single inputs by name, `level` checkboxes, `plan.2026` boxes.
    init(form: FormFields) {
        var values: [String: String] = [:]
        var plans: [(String, String)] = []
        for (name, value) in form.pairs {
            if name.hasPrefix("plan.") {
                plans.append((String(name.dropFirst(5)), value))
            } else if name != "level" && name != "_csrf" {
                values[name] = value
            }
        }
        self.init(
            values: values, levels: form.pairs.filter { $0.name == "level" }.map(\.value),
            liaisonLeaders: Self.splitList(form.raw("liaisonLeaders")), taskForce: Self.splitList(form.raw("taskForce")),
            annualPlans: plans, isInStatistics: form.isChecked("isInStatistics"))
    }
}
