import Foundation

/// A matter (事项/督办): something that must be solved by an owner before a deadline. For now the problems that
/// block a project (供地、供水、供电、手续、融资、其他); enterprise appeals and hazards come later as new kinds.
public struct Matter: Hashable, Sendable, Codable {
    public var id: Int64?
    public var projectID: Int64?
    public var orgUnitID: Int64
    public var kind: MatterKind
    public var description: String
    /// 责任单位: who must solve it.
    public var ownerUnit: String
    public var raisedOn: CalendarDate
    public var deadline: CalendarDate?
    public var status: MatterStatus
    public var resolvedOn: CalendarDate?
    public var resolution: String?

    public init(
        id: Int64? = nil, projectID: Int64? = nil, orgUnitID: Int64, kind: MatterKind, description: String,
        ownerUnit: String, raisedOn: CalendarDate, deadline: CalendarDate? = nil, status: MatterStatus = .open,
        resolvedOn: CalendarDate? = nil, resolution: String? = nil
    ) {
        self.id = id
        self.projectID = projectID
        self.orgUnitID = orgUnitID
        self.kind = kind
        self.description = description
        self.ownerUnit = ownerUnit
        self.raisedOn = raisedOn
        self.deadline = deadline
        self.status = status
        self.resolvedOn = resolvedOn
        self.resolution = resolution
    }

    /// Open after its deadline as of `day` (逾期).
    public func isOverdue(asOf day: CalendarDate) -> Bool {
        guard status == .open, let deadline else { return false }
        return deadline < day
    }
}

/// What blocks a project: 供地、供水、供电、手续、融资、其他.
public enum MatterKind: String, CaseIterable, Sendable, Codable, Hashable {
    case land
    case water
    case power
    case permits
    case financing
    case other

    public var displayName: String {
        switch self {
        case .land: "供地"
        case .water: "供水"
        case .power: "供电"
        case .permits: "手续"
        case .financing: "融资"
        case .other: "其他"
        }
    }

    public init?(displayName text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard
            let kind = MatterKind(rawValue: trimmed) ?? MatterKind.allCases.first(where: { $0.displayName == trimmed })
        else { return nil }
        self = kind
    }
}

/// 未解决 / 已解决.
public enum MatterStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case open
    case resolved

    public var displayName: String { self == .open ? "未解决" : "已解决" }
}
