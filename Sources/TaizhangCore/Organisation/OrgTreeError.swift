/// Why a change to the org-unit tree (create, rename, move) is refused.
public enum OrgTreeError: UserFacingError, Equatable {
    /// No unit with this id.
    case unknownUnit(id: Int64)
    /// The unit would be moved under itself or one of its own descendants.
    case cycle(unit: String, newParent: String)
    /// The unit's kind is not a lower level than the new parent's (e.g. a 开发区 under a 园区).
    case kindNotBelowParent(unit: String, kind: OrgUnitKind, parent: String, parentKind: OrgUnitKind)
    /// Another unit under the same parent already has this name.
    case duplicateName(name: String, parent: String?)
    /// Another unit already has this code.
    case duplicateCode(code: String, existing: String)
    /// Name or code is blank.
    case blankField(field: String)

    public var userMessage: String {
        switch self {
        case .unknownUnit(let id):
            return "找不到编号为\(id)的组织"
        case .cycle(let unit, let newParent):
            return "不能把“\(unit)”移到“\(newParent)”之下：“\(newParent)”是“\(unit)”本身或其下级组织"
        case .kindNotBelowParent(let unit, let kind, let parent, let parentKind):
            return "“\(unit)”是\(kind.displayName)，不能放在\(parentKind.displayName)“\(parent)”之下："
                + "下级组织的层级必须低于上级（市 → 区县 → 开发区 → 园区）"
        case .duplicateName(let name, let parent):
            if let parent { return "“\(parent)”之下已有名为“\(name)”的组织" }
            return "顶层已有名为“\(name)”的组织"
        case .duplicateCode(let code, let existing):
            return "组织代码“\(code)”已被“\(existing)”使用"
        case .blankField(let field):
            return "组织的\(field)不能为空"
        }
    }

    public var description: String {
        switch self {
        case .unknownUnit(let id): "unknown org unit \(id)"
        case .cycle(let unit, let newParent): "moving '\(unit)' under '\(newParent)' would create a cycle"
        case .kindNotBelowParent(let unit, let kind, let parent, let parentKind):
            "'\(unit)' (\(kind.rawValue)) cannot sit under '\(parent)' (\(parentKind.rawValue))"
        case .duplicateName(let name, let parent): "duplicate name '\(name)' under '\(parent ?? "<root>")'"
        case .duplicateCode(let code, let existing): "code '\(code)' already used by '\(existing)'"
        case .blankField(let field): "blank \(field)"
        }
    }
}
