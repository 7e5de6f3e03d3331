import Foundation

extension IndicatorKind {
    /// Reads a kind from a sheet cell: the code (`per_capita`) or its Chinese `displayName` (人均).
    public init?(userText text: String) {
        let s = text.trimmingCharacters(in: .whitespaces)
        guard let kind = IndicatorKind(rawValue: s.lowercased()) ?? Self.allCases.first(where: { $0.displayName == s })
        else { return nil }
        self = kind
    }
}

extension GrowthBasis {
    /// Reads a growth basis from a sheet cell: the code (`real`) or Chinese (可比价, 发布增速, 现价, 不计增速, 无).
    public init?(userText text: String) {
        let s = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        if let basis = GrowthBasis(rawValue: s.lowercased()) {
            self = basis
            return
        }
        switch s {
        case "可比价", "发布增速", "可比价(发布增速)", "实际增速": self = .real
        case "现价", "名义增速", "现价增速": self = .nominal
        case "不计增速", "无", "不计", "": self = .none
        default: return nil
        }
    }
}
