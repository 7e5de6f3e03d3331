/// Something a user asks the product to do; `AccessPolicy` decides whether her role and scope allow it.
public enum Action: String, Sendable, Codable, CaseIterable, Hashable {
    case readFigures
    case editObservations
    case submitMonth
    case approveMonth
    case returnMonth
    case reopenMonth
    case importData
    case exportData
    case manageOrgUnits
    case manageIndicators
    case manageTargets
    case manageUsers
    case readAudit
    case backup
    /// The project ledger (项目台账), its board, the bulletin and the monthly dispatch, read only.
    case readProjects
    /// Creating and editing projects, their stage changes, follow-ups and problems (事项).
    case editProjects
    /// Filling in a month's dispatch (月调度): each project's investment, progress and problems.
    case reportDispatch
    /// Submitting a zone's dispatch for review (报送).
    case submitDispatch
    /// Approving, returning and reopening a zone's dispatch (审核、退回、重新打开).
    case approveDispatch
    /// Report templates, produced reports and their downloads, and the fact check of a draft, read only.
    case readReports
    /// Writing templates (also from drafts) and filling reports with the writer's sections.
    case writeReports

    /// 查看数据、填报数据 ….
    public var displayName: String {
        switch self {
        case .readFigures: "查看数据"
        case .editObservations: "填报数据"
        case .submitMonth: "报送"
        case .approveMonth: "审核"
        case .returnMonth: "退回"
        case .reopenMonth: "重新打开"
        case .importData: "导入数据"
        case .exportData: "导出数据"
        case .manageOrgUnits: "管理组织机构"
        case .manageIndicators: "管理指标"
        case .manageTargets: "管理年度目标"
        case .manageUsers: "管理用户"
        case .readAudit: "查看留痕记录"
        case .backup: "备份与恢复"
        case .readProjects: "查看项目"
        case .editProjects: "维护项目"
        case .reportDispatch: "填报月调度"
        case .submitDispatch: "报送月调度"
        case .approveDispatch: "审核月调度"
        case .readReports: "查看报告"
        case .writeReports: "编写报告"
        }
    }

    /// Whether the action concerns the whole system rather than an org unit (the indicator catalogue, backups):
    /// such actions are decided without a target unit.
    public var isSystemWide: Bool {
        switch self {
        case .manageIndicators, .backup: true
        default: false
        }
    }
}
