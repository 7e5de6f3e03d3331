import TaizhangCore

/// Why a project-ledger operation of the store (projects, their monthly progress, matters) was refused, in Chinese
/// for the user, naming the project (by its code) and the field.
public enum ProjectStoreError: UserFacingError, Equatable {
    /// Another project already has this code (项目编号 is unique in the whole instance).
    case duplicateProjectCode(String)
    case projectNotFound(id: Int64)
    case projectCodeNotFound(String)
    case matterNotFound(id: Int64)
    /// A field of a project is missing or unusable; `project` is its code (or name when the code is empty).
    case invalidField(project: String, field: String, problem: String)
    /// An amount cannot be kept exactly (more than 8 decimal places of 万元, or too large).
    case unencodableAmount(project: String, field: String, value: String)
    /// The zone's monthly dispatch (月调度) for the month is approved and locked.
    case dispatchLocked(zone: String, month: YearMonth)
    /// The same project appears twice in one import.
    case duplicateInImport(code: String)
    /// An industry chain of the configuration is unusable (repeated, a link with the separator).
    case invalidChain(name: String, problem: String)

    public var userMessage: String {
        switch self {
        case .duplicateProjectCode(let code): "项目编号“\(code)”已存在，请换一个编号。"
        case .projectNotFound(let id): "找不到编号为 \(id) 的项目。"
        case .projectCodeNotFound(let code): "找不到项目编号为“\(code)”的项目。"
        case .matterNotFound(let id): "找不到编号为 \(id) 的问题事项。"
        case .invalidField(let project, let field, let problem): "项目“\(project)”的\(field)\(problem)。"
        case .unencodableAmount(let project, let field, let value):
            "无法精确保存项目“\(project)”的\(field)“\(value)”：数值过大或小数位过多（万元最多保留8位小数）。"
        case .dispatchLocked(let zone, let month):
            "“\(zone)”\(month.year)年\(month.month)月的月调度已审核锁定，不能修改项目进展；如需修改，请审核员重新打开。"
        case .duplicateInImport(let code): "项目编号“\(code)”在导入数据中出现了不止一次。"
        case .invalidChain(let name, let problem): "产业链“\(name)”\(problem)。"
        }
    }

    public var description: String {
        switch self {
        case .duplicateProjectCode(let code): "duplicate project code \(code)"
        case .projectNotFound(let id): "project \(id) not found"
        case .projectCodeNotFound(let code): "project with code \(code) not found"
        case .matterNotFound(let id): "matter \(id) not found"
        case .invalidField(let project, let field, let problem): "project \(project): \(field) \(problem)"
        case .unencodableAmount(let project, let field, let value):
            "value \(value) of \(field) for project \(project) cannot be stored exactly"
        case .dispatchLocked(let zone, let month): "dispatch of \(zone) \(month) is approved and locked"
        case .duplicateInImport(let code): "project code \(code) appears twice in one import"
        case .invalidChain(let name, let problem): "industry chain \(name): \(problem)"
        }
    }
}
