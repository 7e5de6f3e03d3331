import Foundation

extension OrgUnitKind {
    /// Reads a kind from a sheet cell: the code (`zone`) or the Chinese names offices use (市; 区县, 区, 县, 县区,
    /// 县市区; 开发区, 经开区, 高新区, 工业园区 as a zone; 园区, 园, 片区 as a park).
    public init?(userText text: String) {
        let s = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        if let kind = OrgUnitKind(rawValue: s.lowercased()) {
            self = kind
            return
        }
        switch s {
        case "市", "地级市", "城市": self = .city
        case "区县", "区", "县", "县区", "县市区", "县(市、区)", "县（市、区）": self = .district
        case "开发区", "经开区", "高新区", "工业园区", "经济开发区", "经济技术开发区", "高新技术产业开发区": self = .zone
        case "园区", "园", "片区", "分园": self = .park
        default: return nil
        }
    }
}
