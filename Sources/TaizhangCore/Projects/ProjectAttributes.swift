/// The lists a project belongs to (省重点、省百大、市百大产业链、市重点、县级重点); a project may be on several.
public enum ProjectLevel: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case provincialKey
    case provincialHundred
    case cityHundredChain
    case cityKey
    case countyKey

    /// 省重点 …
    public var displayName: String {
        switch self {
        case .provincialKey: "省重点"
        case .provincialHundred: "省百大"
        case .cityHundredChain: "市百大产业链"
        case .cityKey: "市重点"
        case .countyKey: "县级重点"
        }
    }

    public init?(displayName text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let aliases: [String: ProjectLevel] = [
            "省级重点": .provincialKey, "省重点项目": .provincialKey, "省百大项目": .provincialHundred,
            "市百大": .cityHundredChain, "市级重点": .cityKey, "市重点项目": .cityKey, "县重点": .countyKey,
            "区级重点": .countyKey, "县级重点项目": .countyKey,
        ]
        guard
            let level = ProjectLevel(rawValue: trimmed)
                ?? ProjectLevel.allCases.first(where: { $0.displayName == trimmed }) ?? aliases[trimmed]
        else { return nil }
        self = level
    }

    /// Levels in a cell such as `省重点、市重点` (separated by 、，,/ ; or spaces); nil names the first unknown part.
    public static func parseList(_ text: String) -> Result<Set<ProjectLevel>, UnknownName> {
        var levels: Set<ProjectLevel> = []
        for part in text.split(whereSeparator: { "、，,/;； ".contains($0) }) where !part.isEmpty {
            guard let level = ProjectLevel(displayName: String(part)) else { return .failure(UnknownName(String(part))) }
            levels.insert(level)
        }
        return .success(levels)
    }

    public static func < (a: ProjectLevel, b: ProjectLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A name in a list cell that matches nothing known.
public struct UnknownName: Error, Hashable, Sendable {
    public let name: String
    public init(_ name: String) { self.name = name }
}

/// 建设性质: new build, expansion or technical renovation.
public enum ConstructionNature: String, CaseIterable, Sendable, Codable, Hashable {
    case new
    case expansion
    case renovation

    /// 新建、扩建、技改.
    public var displayName: String {
        switch self {
        case .new: "新建"
        case .expansion: "扩建"
        case .renovation: "技改"
        }
    }

    public init?(displayName text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let aliases: [String: ConstructionNature] = ["技术改造": .renovation, "改扩建": .expansion, "新建项目": .new]
        guard
            let nature = ConstructionNature(rawValue: trimmed)
                ?? ConstructionNature.allCases.first(where: { $0.displayName == trimmed }) ?? aliases[trimmed]
        else { return nil }
        self = nature
    }
}

/// 招商方式: an open list (offices invent new ones); these are the ones the seeds name, offered first.
public enum PromotionMethod {
    public static let standard = [
        "基金招商", "产业链招商", "以商引商", "商会招商", "领导带队招商", "驻地招商", "平台招商", "展会招商", "资本招商",
    ]
}

/// 项目类型 in the office sheet: what kind of project it is.
public enum ProjectType {
    public static let standard = ["产业项目", "基础设施项目", "社会事业项目", "科技创新项目", "服务业项目"]
}
