import TaizhangCore

/// Why a spreadsheet or CSV file could not be read or written at all (as opposed to bad rows inside it).
public enum OfficeFileError: UserFacingError, Equatable {
    /// The file is neither a zip package nor a known office format.
    case notAnXLSX(fileName: String)
    /// The file is a legacy binary Excel workbook (.xls, BIFF inside an OLE container).
    case legacyXLS(fileName: String)
    /// The workbook is protected with a password (an OLE container holding `EncryptionInfo`).
    case encrypted(fileName: String)
    /// A zip package, but a Word document, not a workbook.
    case wordDocument(fileName: String)
    /// A zip package without the parts a workbook needs; `detail` says which (English).
    case damaged(fileName: String, detail: String)
    /// The parts of the package inflate to more than the allowed total.
    case tooLarge(fileName: String, limitBytes: Int)
    /// A single cell holds more characters than Excel allows (32,767).
    case cellTooLong(fileName: String, sheet: String, cell: String, limit: Int)
    /// The workbook has no worksheet.
    case noWorksheet(fileName: String)
    /// The requested worksheet does not exist in this workbook.
    case unknownSheet(fileName: String, sheet: String)
    /// CSV bytes that are neither UTF-8 nor GB18030.
    case undecodableText(fileName: String)
    /// Writing failed (disk full, permissions …); `detail` is the system's message (English).
    case writeFailed(path: String, detail: String)
    /// Reading the file from disk failed; `detail` is the system's message (English).
    case readFailed(fileName: String, detail: String)

    public var userMessage: String {
        switch self {
        case .notAnXLSX(let f):
            "文件“\(f)”不是 Excel 工作簿（.xlsx），请在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”或 CSV 后再导入"
        case .legacyXLS(let f):
            "文件“\(f)”是旧版 Excel 97-2003 格式（.xls），请在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”后再导入"
        case .encrypted(let f):
            "文件“\(f)”设置了打开密码，请取消密码保护后再导入"
        case .wordDocument(let f):
            "文件“\(f)”是 Word 文档，不是 Excel 工作簿"
        case .damaged(let f, _):
            "文件“\(f)”已损坏或不完整，无法读取，请在 Excel 或 WPS 中打开并重新保存后再导入"
        case .tooLarge(let f, let limit):
            "文件“\(f)”解压后超过 \(limit / 1_048_576) MB，超出导入上限，请拆分后再导入"
        case .cellTooLong(let f, let sheet, let cell, let limit):
            "文件“\(f)”工作表“\(sheet)”\(cell)单元格的内容超过 \(limit) 个字符，超出 Excel 单元格上限"
        case .noWorksheet(let f):
            "文件“\(f)”中没有工作表"
        case .unknownSheet(let f, let sheet):
            "文件“\(f)”中没有名为“\(sheet)”的工作表"
        case .undecodableText(let f):
            "文件“\(f)”的文字编码无法识别（既不是 UTF-8 也不是 GB18030），请另存为“CSV UTF-8（逗号分隔）”后再导入"
        case .writeFailed(let path, _):
            "无法写入文件“\(path)”"
        case .readFailed(let f, _):
            "无法读取文件“\(f)”"
        }
    }

    public var description: String {
        switch self {
        case .notAnXLSX(let f): "\(f): not an xlsx (no zip signature)"
        case .legacyXLS(let f): "\(f): legacy .xls (OLE compound document)"
        case .encrypted(let f): "\(f): encrypted workbook"
        case .wordDocument(let f): "\(f): a .docx, not a workbook"
        case .damaged(let f, let detail): "\(f): damaged package: \(detail)"
        case .tooLarge(let f, let limit): "\(f): inflated size exceeds \(limit) bytes"
        case .cellTooLong(let f, let sheet, let cell, let limit): "\(f): \(sheet)!\(cell) longer than \(limit)"
        case .noWorksheet(let f): "\(f): no worksheet"
        case .unknownSheet(let f, let sheet): "\(f): no sheet named \(sheet)"
        case .undecodableText(let f): "\(f): text is neither UTF-8 nor GB18030"
        case .writeFailed(let path, let detail): "write \(path) failed: \(detail)"
        case .readFailed(let f, let detail): "read \(f) failed: \(detail)"
        }
    }
}
