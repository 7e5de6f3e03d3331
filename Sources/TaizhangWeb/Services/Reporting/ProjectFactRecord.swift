import Foundation
import TaizhangCore

/// One project as a template's 【#每个 项目】 loop and 【表格 项目】 see it: the fields of `ProjectRecordField`
/// in their order, amounts in 万元 with the ledger entry behind them, dates written "2024年3月5日".
enum ProjectFactRecord {
    static func make(
        _ project: Project, totals: ProjectYearToDate?, history: [ProjectStageChange], progressNote: String?,
        asOf: YearMonth
    ) -> FactRecord {
        let milestones = ProjectMilestones(project: project, history: history)
        let label = "项目台账 \(project.code) \(project.name)"
        func amount(_ value: Decimal?, _ what: String) -> FactValue? {
            value.map {
                .figure(FactFigure(value: $0, unit: "万元", provenance: FigureProvenance(subject: "", sources: ["\(label)：\(what) \($0.plainString) 万元"])))
            }
        }
        func text(_ value: String?) -> FactValue? {
            guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return .text(value)
        }
        func date(_ day: CalendarDate?) -> FactValue? { day.map { .text("\($0.year)年\($0.month)月\($0.day)日") } }
        let plan = project.annualPlans[asOf.year]
        let through = "\(asOf.year)年1—\(asOf.month)月"
        var fields: [FactField] = []
        for field in ProjectRecordField.allCases {
            let value: FactValue? =
                switch field {
                case .name: .text(project.name)
                case .code: .text(project.code)
                case .level:
                    project.levels.isEmpty ? nil : .text(project.levels.sorted().map(\.displayName).joined(separator: "、"))
                case .stage: milestones.stage(asOf: CalendarDate.lastDay(of: asOf)).map { .text($0.displayName) }
                case .chain: text(project.industryChain)
                case .industry: text(project.industry)
                case .nature: project.constructionNature.map { .text($0.displayName) }
                case .content: text(project.content)
                case .plannedInvestment: amount(project.plannedInvestment, "计划总投资")
                case .annualPlan: amount(plan, "\(asOf.year)年计划投资")
                case .yearCompleted: amount(totals?.yearCompleted ?? (plan == nil ? nil : 0), "\(through)累计完成投资")
                case .monthCompleted: amount(totals?.monthCompleted ?? (plan == nil ? nil : 0), "\(asOf.month)月完成投资")
                case .completionRate: completionRate(plan: plan, done: totals?.yearCompleted ?? 0, label: label, through: through)
                case .contractValue: amount(project.contractValue, "签约金额")
                case .fundsInPlace: amount(totals?.totalFundsInPlace, "累计到位资金")
                case .signedOn: date(milestones.signedOn)
                case .startedOn: date(milestones.startedOn)
                case .plannedCompletion: date(project.plannedCompletion)
                case .completedOn: date(milestones.completedOn)
                case .responsibleUnit: text(project.responsibleUnit)
                case .liaisonLeader: project.liaisonLeaders.isEmpty ? nil : .text(project.liaisonLeaders.joined(separator: "、"))
                case .progress: text(progressNote)
                }
            if let value { fields.append(FactField(name: field.rawValue, value: value)) }
        }
        return FactRecord(fields: fields)
    }

    private static func completionRate(plan: Decimal?, done: Decimal, label: String, through: String) -> FactValue? {
        guard let plan, plan > 0, let rate = Statistics.completionRate(completed: done, planned: plan) else { return nil }
        return .figure(
            FactFigure(
                value: rate, unit: "%",
                provenance: FigureProvenance(
                    subject: "", sources: ["\(label)：\(through)累计完成投资 \(done.plainString) 万元，年度计划 \(plan.plainString) 万元"],
                    computation: "\(done.plainString) ÷ \(plan.plainString) × 100")))
    }
}
