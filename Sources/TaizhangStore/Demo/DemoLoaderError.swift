import TaizhangCore

/// Why the demo city could not be loaded.
public enum DemoLoaderError: UserFacingError, Equatable {
    /// The store already holds an org unit with one of the demo codes (the demo was loaded before).
    case alreadyLoaded(code: String)

    public var userMessage: String {
        switch self {
        case .alreadyLoaded(let code): "数据库中已有组织编码“\(code)”，演示数据已导入过，未重复导入。"
        }
    }

    public var description: String {
        switch self {
        case .alreadyLoaded(let code): "demo data already loaded: org unit code \(code) exists"
        }
    }
}
