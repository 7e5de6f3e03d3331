import TaizhangCore

/// Why a store operation was refused or failed: bad input named in Chinese for the user, engine failures wrapped
/// with their English details for the log.
public enum StoreError: UserFacingError, Equatable {
    /// An org unit with this code exists already.
    case duplicateOrgUnitCode(String)
    /// An indicator with this code exists already.
    case duplicateIndicatorCode(String)
    /// An indicator with this name (or alias) exists already.
    case duplicateIndicatorName(String)
    /// A required text (code, name) is empty; the associated value is the Chinese field name.
    case emptyField(String)
    /// A text is longer than the store accepts (`TextLimits`); the field is named in Chinese.
    case textTooLong(field: String, limit: Int, length: Int)
    case orgUnitNotFound(id: Int64)
    case orgUnitCodeNotFound(String)
    case indicatorNotFound(String)
    /// A child must be a lower level than its parent (a park under a zone, not a zone under a park).
    case invalidParentKind(child: OrgUnitKind, parent: OrgUnitKind)
    /// Moving a unit under itself or one of its descendants would make a cycle.
    case cyclicMove(unit: String, newParent: String)
    /// A unit cannot be created under, moved under or restored under an archived parent.
    case archivedParent(String)
    /// A figure cannot be stored exactly (more than four decimal places of the base unit, or too large).
    case unencodableValue(
        indicator: String, orgUnit: String, month: YearMonth?, year: Int?, field: String, value: String)
    /// The database URL or path cannot be used.
    case invalidLocation(String)
    /// The store was shut down.
    case closed
    /// The engine failed (connection lost, constraint, disk full …); the English details go to the log only.
    case engine(String)

    public var userMessage: String {
        switch self {
        case .duplicateOrgUnitCode(let code): "组织编码“\(code)”已存在，请换一个编码。"
        case .duplicateIndicatorCode(let code): "指标编码“\(code)”已存在，请换一个编码。"
        case .duplicateIndicatorName(let name): "指标名称“\(name)”已存在（与已有指标的名称或别名重复）。"
        case .emptyField(let field): "\(field)不能为空。"
        case .textTooLong(let field, let limit, let length): "\(field)过长：最多\(limit)个字符，实际\(length)个字符。"
        case .orgUnitNotFound(let id): "找不到编号为 \(id) 的组织。"
        case .orgUnitCodeNotFound(let code): "找不到编码为“\(code)”的组织。"
        case .indicatorNotFound(let code): "找不到指标“\(code)”。"
        case .invalidParentKind(let child, let parent):
            "\(child.displayName)不能设在\(parent.displayName)之下：下级组织的层级必须低于上级。"
        case .cyclicMove(let unit, let newParent):
            "不能把“\(unit)”移到“\(newParent)”之下：目标是它自身或它的下级。"
        case .archivedParent(let name): "上级组织“\(name)”已归档，请先恢复上级组织。"
        case .unencodableValue(let indicator, let orgUnit, let month, let year, let field, let value):
            "无法精确保存“\(orgUnit)”\(Self.periodText(month: month, year: year))“\(indicator)”的\(field)“\(value)”："
                + "数值过大或小数位过多。"
        case .invalidLocation(let text): "无法识别的数据库位置“\(text)”。"
        case .closed: "数据库已关闭。"
        case .engine: "数据库操作失败，请稍后重试或联系管理员。"
        }
    }

    public var description: String {
        switch self {
        case .duplicateOrgUnitCode(let code): "duplicate org unit code \(code)"
        case .duplicateIndicatorCode(let code): "duplicate indicator code \(code)"
        case .duplicateIndicatorName(let name): "duplicate indicator name \(name)"
        case .emptyField(let field): "empty field \(field)"
        case .textTooLong(let field, let limit, let length): "\(field) has \(length) characters, limit \(limit)"
        case .orgUnitNotFound(let id): "org unit \(id) not found"
        case .orgUnitCodeNotFound(let code): "org unit with code \(code) not found"
        case .indicatorNotFound(let code): "indicator \(code) not found"
        case .invalidParentKind(let child, let parent): "a \(child) cannot be a child of a \(parent)"
        case .cyclicMove(let unit, let newParent): "moving \(unit) under \(newParent) would create a cycle"
        case .archivedParent(let name): "parent \(name) is archived"
        case .unencodableValue(let indicator, let orgUnit, let month, let year, let field, let value):
            "value \(value) of \(field) for \(indicator), \(orgUnit), \(month.map(String.init(describing:)) ?? year.map(String.init) ?? "-") "
                + "cannot be stored exactly as a scaled integer"
        case .invalidLocation(let text): "invalid database location \(text)"
        case .closed: "the database has been shut down"
        case .engine(let details): "database engine error: \(details)"
        }
    }

    private static func periodText(month: YearMonth?, year: Int?) -> String {
        if let month { return "\(month.year)年\(month.month)月" }
        if let year { return "\(year)年" }
        return ""
    }
}
