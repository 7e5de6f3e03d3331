import Foundation
import TaizhangCore

/// The filter bar of the ledger, the board and "my projects": unit, month, stage, level, chain, leader, text.
struct ProjectFilterView {
    let action: String
    let unitOptions: [OptionView]
    let monthOptions: [OptionView]
    let stageOptions: [ProjectOptionView]
    let levelOptions: [ProjectOptionView]
    let chainOptions: [ProjectOptionView]
    let leader: String
    let text: String
    let showsStage: Bool
    let showsLeader: Bool

    init(
        action: String, picker: PickerView, query: ProjectQuery, chains: [IndustryChain], showsStage: Bool = true,
        showsLeader: Bool = true
    ) {
        self.action = action
        unitOptions = picker.unitOptions
        monthOptions = picker.monthOptions
        let stages: [ProjectStage] = ProjectStage.allCases
        stageOptions =
            [ProjectOptionView(value: "", label: "全部阶段", isSelected: query.stage == nil)]
            + stages.map { ProjectOptionView(value: $0.rawValue, label: $0.displayName, isSelected: $0 == query.stage) }
        levelOptions =
            [ProjectOptionView(value: "", label: "全部级别", isSelected: query.level == nil)]
            + ProjectLevel.allCases.map {
                ProjectOptionView(value: $0.rawValue, label: $0.displayName, isSelected: $0 == query.level)
            }
        chainOptions =
            [ProjectOptionView(value: "", label: "全部产业链", isSelected: query.industryChain == nil)]
            + chains.map {
                ProjectOptionView(value: $0.name, label: $0.name, isSelected: $0.name == query.industryChain)
            }
        leader = query.liaisonLeader ?? ""
        text = query.text ?? ""
        self.showsStage = showsStage
        self.showsLeader = showsLeader
    }
}

/// One project line of the ledger table.
struct ProjectLedgerRowView {
    let id: Int64
    let href: String
    let code: String
    let name: String
    let unitPath: String
    let stageName: String
    let stageClass: String
    let levelsText: String
    let chainText: String
    let plannedText: String
    let planText: String
    let completedText: String
    let monthText: String
    let completionText: String
    let leadersText: String
    let reported: Bool
    /// The levels, nil when the project is on no list (for templates that show them only when present).
    let levels: String?

    init(_ row: ProjectLedgerRow, month: YearMonth) {
        let project = row.project
        id = project.id ?? 0
        href = "/projects/\(project.id ?? 0)"
        code = project.code
        name = project.name
        unitPath = row.unitPath
        stageName = project.stage.displayName
        stageClass = ProjectFormat.stageClass(project.stage)
        levelsText = ProjectFormat.levels(project.levels)
        chainText = [project.industryChain, project.chainLink].compactMap { $0 }.joined(separator: " · ")
        plannedText = ProjectFormat.amount(project.plannedInvestment)
        planText = ProjectFormat.amount(row.annualPlan)
        completedText = ProjectFormat.amount(row.yearCompleted)
        // Only a project in the month's dispatch can be late with its report.
        monthText =
            row.reportedThisMonth
            ? ProjectFormat.amount(row.monthCompleted)
            : (DispatchService.isActive(project, in: row.figures?.through ?? month) ? "未报" : "—")
        completionText = ProjectFormat.completion(row.yearCompleted, plan: row.annualPlan)
        leadersText = project.liaisonLeaders.joined(separator: "、")
        reported = row.reportedThisMonth
        levels = project.levels.isEmpty ? nil : levelsText
    }
}

/// GET /projects: the ledger table with its filters and sums.
struct ProjectLedgerPageView {
    let layout: LayoutView
    let projectNav: ProjectNavView
    let filter: ProjectFilterView
    let rows: [ProjectLedgerRowView]
    let hasRows: Bool
    let countText: String
    let truncatedText: String?
    let sumPlanned: String
    let sumPlan: String
    let sumCompleted: String
    let planHeader: String
    let completedHeader: String
    let monthHeader: String
    let canCreate: Bool
    let newHref: String

    /// More rows than a page can usefully show are cut; the sums still cover them all.
    static let rowLimit = 500

    init(
        layout: LayoutView, nav: ProjectNavView, filter: ProjectFilterView, ledger: ProjectLedger, canCreate: Bool,
        newHref: String
    ) {
        self.layout = layout
        projectNav = nav
        self.filter = filter
        rows = ledger.rows.prefix(Self.rowLimit).map { ProjectLedgerRowView($0, month: ledger.month) }
        hasRows = !ledger.rows.isEmpty
        countText = "共\(ledger.rows.count)个项目"
        truncatedText =
            ledger.rows.count > Self.rowLimit
            ? "仅列出前\(Self.rowLimit)个项目，合计含全部\(ledger.rows.count)个；请用上面的条件缩小范围。" : nil
        sumPlanned = ProjectFormat.amount(ledger.plannedInvestment)
        sumPlan = ProjectFormat.amount(ledger.annualPlan)
        sumCompleted = ProjectFormat.amount(ledger.yearCompleted)
        let month = ledger.month
        planHeader = "\(month.year)年计划"
        completedHeader = month.month == 1 ? "1月完成" : "1—\(month.month)月累计完成"
        monthHeader = "\(month.month)月完成"
        self.canCreate = canCreate
        self.newHref = newHref
    }
}

/// GET /projects/board: the pipeline board, one column per stage.
struct ProjectBoardPageView {
    let layout: LayoutView
    let projectNav: ProjectNavView
    let filter: ProjectFilterView
    let columns: [ProjectBoardColumnView]
    let withdrawnText: String?
    let totalText: String

    init(layout: LayoutView, nav: ProjectNavView, filter: ProjectFilterView, ledger: ProjectLedger, ledgerLink: (ProjectStage) -> String) {
        self.layout = layout
        projectNav = nav
        self.filter = filter
        columns = ledger.board.map { ProjectBoardColumnView($0, moreHref: ledgerLink($0.stage)) }
        let withdrawn = ledger.withdrawnCount
        withdrawnText = withdrawn > 0 ? "另有调整退出项目\(withdrawn)个" : nil
        totalText = "共\(ledger.rows.count - withdrawn)个在库项目"
    }
}

/// One stage column of the board: count, sums and the first cards.
struct ProjectBoardColumnView {
    let stageName: String
    let stageClass: String
    let count: Int
    let sumText: String
    let sumLabel: String
    let cards: [ProjectBoardCardView]
    let moreText: String?
    let moreHref: String

    static let cardLimit = 40

    init(_ column: ProjectBoardColumn, moreHref: String) {
        stageName = column.stage.displayName
        stageClass = ProjectFormat.stageClass(column.stage)
        count = column.ledger.rows.count
        // Before construction the deal is the contract; from 前期 on, the planned investment.
        if column.stage.isPromotion || column.stage == .signed {
            sumLabel = "签约金额"
            sumText = ProjectFormat.amount(column.contractValue)
        } else {
            sumLabel = "计划总投资"
            sumText = ProjectFormat.amount(column.ledger.plannedInvestment)
        }
        cards = column.ledger.rows.prefix(Self.cardLimit).map(ProjectBoardCardView.init)
        moreText = count > Self.cardLimit ? "还有\(count - Self.cardLimit)个，查看全部" : nil
        self.moreHref = moreHref
    }
}

/// One project card on the board.
struct ProjectBoardCardView {
    let href: String
    let name: String
    let code: String
    let unitPath: String
    let amountText: String?
    let leadersText: String?

    init(_ row: ProjectLedgerRow) {
        let project = row.project
        href = "/projects/\(project.id ?? 0)"
        name = project.name
        code = project.code
        unitPath = row.unitPath
        let amount = project.plannedInvestment ?? project.contractValue
        amountText = amount.map { ProjectFormat.amount($0) + "万元" }
        leadersText = project.liaisonLeaders.isEmpty ? nil : project.liaisonLeaders.joined(separator: "、")
    }
}

/// GET /projects/mine: the projects a liaison leader answers for, with their progress and open problems.
struct MyProjectsPageView {
    let layout: LayoutView
    let projectNav: ProjectNavView
    let leaderName: String
    let canChooseLeader: Bool
    let filter: ProjectFilterView
    let items: [MyProjectView]
    let hasItems: Bool
    let summaryText: String
}

/// One of a leader's projects.
struct MyProjectView {
    let row: ProjectLedgerRowView
    let progressPhrase: String
    let progressClass: String
    let latestNote: String?
    let matters: [String]
    let hasMatters: Bool
}
