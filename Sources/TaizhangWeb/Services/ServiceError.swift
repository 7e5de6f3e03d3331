import TaizhangCore

/// Why a service refused a request, in Chinese for the user; the web layer maps each case to a status code.
enum ServiceError: UserFacingError, Equatable {
    case orgUnitNotFound(String)
    case indicatorNotFound(String)
    case invalidMonth(String)
    case invalidField(field: String, value: String)
    case noUnits
    case emptyUpload
    case unsupportedFile(String)

    var userMessage: String {
        switch self {
        case .orgUnitNotFound(let text): "找不到组织“\(text)”。"
        case .indicatorNotFound(let text): "找不到指标“\(text)”。"
        case .invalidMonth(let text): "月份“\(text)”无法识别，请按“2026-10”或“2026年10月”填写。"
        case .invalidField(let field, let value): "\(field)“\(value)”不是有效的数值。"
        case .noUnits: "尚未建立任何组织，请先在“组织机构”中新建。"
        case .emptyUpload: "没有收到文件，请选择要导入的 .xlsx 或 .csv 文件。"
        case .unsupportedFile(let name): "文件“\(name)”的格式不受支持，请上传 .xlsx 或 .csv 文件。"
        }
    }

    var description: String {
        switch self {
        case .orgUnitNotFound(let text): "org unit \(text) not found"
        case .indicatorNotFound(let text): "indicator \(text) not found"
        case .invalidMonth(let text): "invalid month \(text)"
        case .invalidField(let field, let value): "invalid number \(value) in \(field)"
        case .noUnits: "no org units"
        case .emptyUpload: "empty upload"
        case .unsupportedFile(let name): "unsupported file type \(name)"
        }
    }
}
