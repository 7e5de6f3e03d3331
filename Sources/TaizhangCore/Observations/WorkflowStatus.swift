/// Where a period's figures are in the fill-in → review → lock workflow (填报中 → 已报送 → 已审核).
public enum WorkflowStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case submitted
    case approved

    public var displayName: String {
        switch self {
        case .draft: "填报中"
        case .submitted: "已报送"
        case .approved: "已审核"
        }
    }
}
