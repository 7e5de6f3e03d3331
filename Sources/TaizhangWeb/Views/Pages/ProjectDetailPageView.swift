import Foundation
import TaizhangCharts
import TaizhangCore

/// GET /projects/{id}: the record's facts, its stage history and the changes it may take next, the
/// follow-ups, the monthly investment against the plan as charts, the monthly reports and the problems.
struct ProjectDetailPageView {
    let layout: LayoutView
    let projectNav: ProjectNavView
    let id: Int64
    let code: String
    let stageName: String
    let stageClass: String
    let facts: [ProjectFactView]
    let history: [ProjectHistoryRowView]
    let transitions: [ProjectTransitionView]
    let hasTransitions: Bool
    let canEdit: Bool
    let editHref: String
    let auditHref: String?
    let figures: [ProjectFactView]
    let trendSVG: String
    let barsSVG: String?
    let chartCaption: String
    let progressRows: [ProjectProgressRowView]
    let hasProgress: Bool
    let followUps: [ProjectFollowUpView]
    let hasFollowUps: Bool
    let followUpKinds: [String]
    let matters: [ProjectMatterView]
    let hasMatters: Bool
    let matterKinds: [ProjectOptionView]
    let today: String
    let mattersSummary: String
}

/// One labelled value of the facts list.
struct ProjectFactView {
    let label: String
    let value: String
}

/// One step of the stage history.
struct ProjectHistoryRowView {
    let date: String
    let from: String
    let to: String
    let toClass: String
    let reason: String?
    let recordedBy: String?
}

/// A stage change the project may take, as a small form with the facts it needs.
struct ProjectTransitionView {
    let target: String
    let label: String
    let buttonClass: String
    let inputs: [ProjectFactInputView]
    let needsReason: Bool
    let hint: String?
}

/// One fact box of a transition form.
struct ProjectFactInputView {
    let name: String
    let label: String
    let type: String
    let value: String
}

/// One month's report.
struct ProjectProgressRowView {
    let month: String
    let completed: String
    let cumulative: String
    let funds: String
    let note: String
    let problem: String
}

/// One contact with the investor.
struct ProjectFollowUpView {
    let date: String
    let kind: String
    let participants: String?
    let summary: String
}

/// One problem (事项) of the project, with the resolve form while it is open.
struct ProjectMatterView {
    let id: Int64
    let kind: String
    let description: String
    let ownerUnit: String
    let raisedOn: String
    let deadline: String
    let statusName: String
    let statusClass: String
    let resolution: String?
    let canResolve: Bool
}

extension ProjectDetailPageView {
    init(
        layout: LayoutView, nav: ProjectNavView, detail: ProjectDetail, unitPath: String, canEdit: Bool,
        canReadAudit: Bool, today: CalendarDate
    ) {
        let project = detail.project
        let month = detail.month
        self.layout = layout
        projectNav = nav
        id = project.id ?? 0
        code = project.code
        stageName = project.stage.displayName
        stageClass = ProjectFormat.stageClass(project.stage)
        self.canEdit = canEdit
        editHref = "/projects/\(id)/edit"
        auditHref = canReadAudit ? "/audit?type=project&key=\(project.code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? project.code)" : nil
        facts = Self.facts(of: project, unitPath: unitPath, year: month.year)

        let planThisYear = project.annualPlan(for: month.year)
        let yearCompleted = detail.figures?.yearCompleted ?? 0
        figures = [
            ProjectFactView(label: "\(month.year)年计划投资", value: ProjectFormat.amount(planThisYear) + "万元"),
            ProjectFactView(
                label: month.month == 1 ? "1月完成投资" : "1—\(month.month)月累计完成", value: ProjectFormat.amount(yearCompleted) + "万元"),
            ProjectFactView(label: "完成年度计划", value: ProjectFormat.completion(yearCompleted, plan: planThisYear)),
            ProjectFactView(label: "时序进度", value: ProjectFormat.percent(ProjectBulletin.timeElapsed(at: month))),
            ProjectFactView(
                label: "开工以来累计完成", value: ProjectFormat.amount(detail.figures?.totalCompleted ?? 0) + "万元"),
            ProjectFactView(
                label: "累计到位资金", value: ProjectFormat.amount(detail.figures?.totalFundsInPlace ?? 0) + "万元"),
        ]
        let months = (1...month.month).map { YearMonth(year: month.year, month: $0)! }
        let labels = TrendChart.monthLabels(for: months)
        let tick: @Sendable (Decimal) -> String = { ProjectFormat.formatter.number($0, decimals: 0) }
        trendSVG = TrendChart(
            title: "\(project.name)\(month.year)年累计完成投资与计划进度",
            summary: "1—\(month.month)月累计完成\(ProjectFormat.amount(yearCompleted))万元，"
                + "按时序应完成\(ProjectFormat.amount(detail.plannedByTime.last ?? 0))万元",
            monthLabels: labels,
            series: [
                TrendChart.Series(name: "累计完成投资", values: detail.cumulativeCompleted.map { $0 }),
                TrendChart.Series(name: "按时序计划", values: detail.plannedByTime.map { $0 }),
            ], tickLabel: tick, width: 560, height: 240
        ).render()
        let monthly = detail.monthlyCompleted
        barsSVG =
            monthly.contains(where: { $0 != nil })
            ? BarChart(
                title: "\(project.name)\(month.year)年各月完成投资",
                bars: zip(labels, monthly).map { label, value in
                    BarChart.Bar(
                        label: label, value: value, valueLabel: value.map { ProjectFormat.amount($0) } ?? "未报",
                        isHighlighted: label == labels.last)
                }, width: 420, rowHeight: 22
            ).render() : nil
        chartCaption = "单位：万元。虚线为年度计划按月平均分摊的进度（年度计划×月数÷12）。"

        var running: [Int: Decimal] = [:]
        progressRows = Array(detail.progress.map { entry in
            running[entry.month.year, default: 0] += entry.completedInvestment
            return ProjectProgressRowView(
                month: entry.month.chineseName, completed: ProjectFormat.amount(entry.completedInvestment),
                cumulative: ProjectFormat.amount(running[entry.month.year] ?? 0),
                funds: ProjectFormat.amount(entry.fundsInPlace), note: entry.progressNote ?? "",
                problem: entry.problemNote ?? "")
        }.reversed())
        hasProgress = !detail.progress.isEmpty

        history = detail.history.map { change in
            ProjectHistoryRowView(
                date: change.on.chineseDescription, from: change.from?.displayName ?? "新建", to: change.to.displayName,
                toClass: ProjectFormat.stageClass(change.to), reason: change.reason, recordedBy: change.recordedBy)
        }
        transitions =
            canEdit
            ? ProjectLifecycle.allowedTargets(from: project.stage).map { Self.transition(to: $0, project: project, today: today) }
            : []
        hasTransitions = !transitions.isEmpty

        followUps = detail.followUps.reversed().map { followUp in
            ProjectFollowUpView(
                date: followUp.on.chineseDescription, kind: followUp.kind, participants: followUp.participants,
                summary: followUp.summary)
        }
        hasFollowUps = !detail.followUps.isEmpty
        followUpKinds = ProjectFollowUp.standardKinds

        matters = detail.matters.map { matter in
            let overdue = matter.isOverdue(asOf: today)
            return ProjectMatterView(
                id: matter.id ?? 0, kind: matter.kind.displayName, description: matter.description,
                ownerUnit: matter.ownerUnit, raisedOn: matter.raisedOn.description,
                deadline: matter.deadline?.description ?? "—",
                statusName: overdue ? "逾期未解决" : matter.status.displayName,
                statusClass: overdue ? "late" : (matter.status == .open ? "submitted" : "approved"),
                resolution: matter.resolution.map { text in
                    (matter.resolvedOn.map { "\($0.description) " } ?? "") + text
                }, canResolve: canEdit && matter.status == .open)
        }
        hasMatters = !detail.matters.isEmpty
        matterKinds = MatterKind.allCases.map { ProjectOptionView(value: $0.rawValue, label: $0.displayName, isSelected: false) }
        self.today = today.description
        let solved = detail.matters.filter { $0.status == .resolved }.count
        mattersSummary = "共\(detail.matters.count)个问题，已解决\(solved)个，未解决\(detail.matters.count - solved)个。"
    }

    static func facts(of project: Project, unitPath: String, year: Int) -> [ProjectFactView] {
        func text(_ value: String?) -> String { (value?.isEmpty ?? true) ? "—" : value! }
        func date(_ value: CalendarDate?) -> String { value?.chineseDescription ?? "—" }
        func amount(_ value: Decimal?) -> String { value.map { ProjectFormat.amount($0) + "万元" } ?? "—" }
        let plans = project.annualPlans.sorted { $0.key < $1.key }.map { "\($0.key)年 \(ProjectFormat.amount($0.value))" }
        var facts = [
            ProjectFactView(label: "项目编号", value: project.code),
            ProjectFactView(label: "所属单位", value: unitPath),
            ProjectFactView(label: "投资方", value: text(project.investor) + (project.investorOrigin.map { "（\($0)）" } ?? "")),
            ProjectFactView(label: "行业", value: text(project.industry)),
            ProjectFactView(
                label: "产业链", value: text([project.industryChain, project.chainLink].compactMap { $0 }.joined(separator: " · "))),
            ProjectFactView(label: "项目级别", value: text(ProjectFormat.levels(project.levels))),
            ProjectFactView(label: "建设性质", value: text(project.constructionNature?.displayName)),
            ProjectFactView(label: "项目类型", value: text(project.projectType)),
            ProjectFactView(label: "招商方式", value: text(project.promotionMethod)),
            ProjectFactView(label: "建设内容", value: text(project.content)),
            ProjectFactView(label: "签约金额", value: amount(project.contractValue)),
            ProjectFactView(label: "计划总投资", value: amount(project.plannedInvestment)),
            ProjectFactView(label: "年度计划投资（万元）", value: plans.isEmpty ? "—" : plans.joined(separator: "；")),
            ProjectFactView(label: "签约日期", value: date(project.signedOn)),
            ProjectFactView(label: "计划开工", value: date(project.plannedStart)),
            ProjectFactView(label: "实际开工", value: date(project.actualStart)),
            ProjectFactView(label: "计划竣工", value: date(project.plannedCompletion)),
            ProjectFactView(label: "实际竣工", value: date(project.actualCompletion)),
            ProjectFactView(label: "投产日期", value: date(project.productionOn)),
            ProjectFactView(label: "入统", value: project.isInStatistics ? "是" : "否"),
            ProjectFactView(label: "包联领导", value: text(project.liaisonLeaders.joined(separator: "、"))),
            ProjectFactView(label: "责任单位", value: text(project.responsibleUnit)),
            ProjectFactView(label: "服务单位", value: text(project.serviceUnit)),
            ProjectFactView(label: "专班成员", value: text(project.taskForce.joined(separator: "、"))),
            ProjectFactView(label: "达产后年产值", value: amount(project.expectedAnnualOutput)),
            ProjectFactView(label: "达产后年税收", value: amount(project.expectedAnnualTax)),
        ]
        if project.stage == .withdrawn {
            facts.append(
                ProjectFactView(
                    label: "调整退出", value: date(project.withdrawnOn) + "：" + text(project.withdrawalReason)))
        }
        return facts
    }

    /// The form of one allowed change: the boxes of the facts it needs, filled with what the record has.
    static func transition(to target: ProjectStage, project: Project, today: CalendarDate) -> ProjectTransitionView {
        var inputs: [ProjectFactInputView] = []
        for fact in ProjectLifecycle.requiredFacts(for: target) {
            switch fact {
            case .signedOn:
                inputs.append(.init(name: "signedOn", label: fact.displayName, type: "date", value: ProjectFormat.date(project.signedOn ?? today)))
            case .contractValue:
                inputs.append(.init(name: "contractValue", label: "签约金额（万元）", type: "text", value: ProjectFormat.input(project.contractValue)))
            case .actualStart:
                inputs.append(.init(name: "actualStart", label: fact.displayName, type: "date", value: ProjectFormat.date(project.actualStart ?? today)))
            case .actualCompletion:
                inputs.append(.init(name: "actualCompletion", label: fact.displayName, type: "date", value: ProjectFormat.date(project.actualCompletion ?? today)))
            case .productionOn:
                inputs.append(.init(name: "productionOn", label: fact.displayName, type: "date", value: ProjectFormat.date(project.productionOn ?? today)))
            case .withdrawalReason:
                break
            }
        }
        let hint: String? =
            switch target {
            case .continuing: "新开工项目次年1月1日起转为续建。"
            case .withdrawn: "调整退出后项目不再参加调度，须写明原因（至少\(ProjectLifecycle.minimumReasonLength)个字）。"
            default: nil
            }
        return ProjectTransitionView(
            target: target.rawValue, label: "转为\(target.displayName)",
            buttonClass: target == .withdrawn ? "danger" : (target == .lead ? "secondary" : ""), inputs: inputs,
            needsReason: target == .withdrawn, hint: hint)
    }
}
