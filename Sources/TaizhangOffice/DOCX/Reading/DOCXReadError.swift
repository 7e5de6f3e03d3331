import TaizhangCore

/// Why the text of a Word document (.docx) could not be read at all.
public enum DOCXReadError: UserFacingError, Equatable {
    /// The bytes are not a zip package (nor a known legacy Office container).
    case notADocx(fileName: String)
    /// A legacy binary Office file (Word 97-2003 .doc or another OLE compound document).
    case legacyOfficeFile(fileName: String)
    /// A password-protected Office document (an OLE container holding `EncryptionInfo`).
    case encrypted(fileName: String)
    /// A zip package holding an Excel workbook rather than a Word document.
    case spreadsheet(fileName: String)
    /// A zip package holding no Word main document part (`word/document.xml`).
    case missingDocument(fileName: String)
    /// The zip package or its XML is damaged; `detail` says where (English, for logs).
    case damaged(fileName: String, detail: String)
    /// The main document inflates to more than the allowed size.
    case tooLarge(fileName: String, limitBytes: Int)

    public var userMessage: String {
        switch self {
        case .notADocx(let f):
            "文件“\(f)”不是 Word 文档（.docx），请在 Word 或 WPS 中另存为“Word 文档（*.docx）”后再上传"
        case .legacyOfficeFile(let f):
            "文件“\(f)”是旧版 Office 97-2003 格式（如 .doc），请在 Word 或 WPS 中另存为“Word 文档（*.docx）”后再上传"
        case .encrypted(let f):
            "文件“\(f)”设置了打开密码，请取消密码保护后再上传"
        case .spreadsheet(let f):
            "文件“\(f)”是 Excel 工作簿，不是 Word 文档"
        case .missingDocument(let f):
            "文件“\(f)”中没有 Word 正文（缺少 word/document.xml），不是完整的 Word 文档，请在 Word 或 WPS 中打开并重新保存后再上传"
        case .damaged(let f, _):
            "文件“\(f)”已损坏或不完整，无法读取，请在 Word 或 WPS 中打开并重新保存后再上传"
        case .tooLarge(let f, let limit):
            "文件“\(f)”的正文解压后超过 \(limit / 1_048_576) MB，超出读取上限，请拆分后再上传"
        }
    }

    public var description: String {
        switch self {
        case .notADocx(let f): "\(f): not a docx (no zip signature)"
        case .legacyOfficeFile(let f): "\(f): legacy Office file (OLE compound document)"
        case .encrypted(let f): "\(f): encrypted document"
        case .spreadsheet(let f): "\(f): an xlsx, not a docx"
        case .missingDocument(let f): "\(f): no main document part"
        case .damaged(let f, let detail): "\(f): damaged package: \(detail)"
        case .tooLarge(let f, let limit): "\(f): main document inflates to more than \(limit) bytes"
        }
    }
}
