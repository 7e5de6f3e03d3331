/// Where a project stands, from the first lead (储备) to production (投产) or withdrawal (调整退出).
public enum ProjectStage: String, CaseIterable, Sendable, Codable, Hashable {
    case lead
    case negotiating
    case signed
    case preparing
    case started
    case continuing
    case completed
    case operating
    case withdrawn

    /// 储备、洽谈、签约、前期、新开工、续建、竣工、投产、调整退出.
    public var displayName: String {
        switch self {
        case .lead: "储备"
        case .negotiating: "洽谈"
        case .signed: "签约"
        case .preparing: "前期"
        case .started: "新开工"
        case .continuing: "续建"
        case .completed: "竣工"
        case .operating: "投产"
        case .withdrawn: "调整退出"
        }
    }

    /// The stage named by its Chinese or code name (`续建`, `在建` for continuing, `continuing`).
    public init?(displayName text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let stage = ProjectStage(rawValue: trimmed) {
            self = stage
            return
        }
        let aliases: [String: ProjectStage] = [
            "在建": .continuing, "开工": .started, "已开工": .started, "已竣工": .completed, "已投产": .operating,
            "退出": .withdrawn, "已签约": .signed, "谈判": .negotiating, "在谈": .negotiating, "储备项目": .lead,
            "前期准备": .preparing, "建成": .completed,
        ]
        if let stage = ProjectStage.allCases.first(where: { $0.displayName == trimmed }) ?? aliases[trimmed] {
            self = stage
        } else {
            return nil
        }
    }

    /// Investment promotion (招商) stages, before a contract exists.
    public var isPromotion: Bool { self == .lead || self == .negotiating }

    /// Stages in which a project takes part in the monthly dispatch (月调度): signed and not yet finished.
    public var isDispatched: Bool { [.signed, .preparing, .started, .continuing].contains(self) }

    /// Construction has begun (新开工 or later, withdrawal aside).
    public var hasStarted: Bool { [.started, .continuing, .completed, .operating].contains(self) }
}
