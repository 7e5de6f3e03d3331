/// A node of the administrative tree (市 → 区县 → 开发区 → 园区) whose figures and ledgers Taizhang keeps.
public struct OrgUnit: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    /// Stable code chosen by the users, e.g. `HX-JK` (unique).
    public var code: String
    public var name: String
    public var kind: OrgUnitKind
    public var parentID: Int64?
    /// Order among siblings, as the city lists its zones.
    public var sortOrder: Int
    public var isArchived: Bool

    public init(
        id: Int64, code: String, name: String, kind: OrgUnitKind, parentID: Int64?, sortOrder: Int = 0,
        isArchived: Bool = false
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.sortOrder = sortOrder
        self.isArchived = isArchived
    }
}

/// The level of an org unit; a child's kind is always a lower level than its parent's.
public enum OrgUnitKind: String, Sendable, Codable, CaseIterable, Comparable {
    case city
    case district
    case zone
    case park

    /// 市、区县、开发区、园区.
    public var displayName: String {
        switch self {
        case .city: "市"
        case .district: "区县"
        case .zone: "开发区"
        case .park: "园区"
        }
    }

    var level: Int {
        switch self {
        case .city: 0
        case .district: 1
        case .zone: 2
        case .park: 3
        }
    }

    /// Whether a unit of this kind may sit directly under a unit of `parent` kind.
    public func canBeChild(of parent: OrgUnitKind) -> Bool { level > parent.level }

    public static func < (a: OrgUnitKind, b: OrgUnitKind) -> Bool { a.level < b.level }
}
