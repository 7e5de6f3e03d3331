import Foundation

/// What a user is for: the role decides which actions she may take, her scope decides on which org units.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
    /// Accounts, catalogue, backups; everything within the scope (usually the whole system).
    case systemAdmin
    /// The city's reviewer: reads every zone of the city and approves, returns and reopens their months.
    case cityReviewer
    /// A zone's administrator: fills in and submits the zone's and its parks' figures, keeps its org units.
    case zoneAdmin
    /// A zone's or park's statistician: reads, fills in, imports and submits, never approves.
    case zoneClerk
    /// A leader: reads figures only.
    case leader

    /// 系统管理员、市级审核员 ….
    public var displayName: String {
        switch self {
        case .systemAdmin: "系统管理员"
        case .cityReviewer: "市级审核员"
        case .zoneAdmin: "园区管理员"
        case .zoneClerk: "园区填报员"
        case .leader: "领导（只读）"
        }
    }

    /// Reads a role by its code (`zoneClerk`, also `zone-clerk`, `zone_clerk`), its Chinese name, or an
    /// unambiguous start of the Chinese name (`领导`).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let folded = trimmed.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(
            of: "_", with: "")
        if let role = Role.allCases.first(where: { $0.rawValue.lowercased() == folded || $0.displayName == trimmed }) {
            self = role
            return
        }
        let prefixed = trimmed.count >= 2 ? Role.allCases.filter { $0.displayName.hasPrefix(trimmed) } : []
        guard prefixed.count == 1 else { return nil }
        self = prefixed[0]
    }
}
