import TaizhangCore

/// Why a draft file could not be read as text (a .docx has its own `DOCXReadError`).
public enum DraftFileError: UserFacingError, Equatable {
    /// The file is larger than a draft can be.
    case tooLarge(fileName: String, limitBytes: Int)
    /// A PDF: its text cannot be read reliably (layout order, missing spaces, scanned pages).
    case pdf(fileName: String)
    /// A picture (`kind` is "PNG", "JPEG" …): a scan, not text.
    case image(fileName: String, kind: String)
    /// Rich Text Format: text wrapped in markup.
    case rtf(fileName: String)
    /// Bytes that are not text in any encoding Taizhang reads (control characters, NUL bytes).
    case binary(fileName: String)
    /// Text that is neither UTF-8 nor GB18030.
    case undecodable(fileName: String)

    public var userMessage: String {
        let saveAs = "请在 Word 或 WPS 中另存为“Word 文档（*.docx）”或纯文本（.txt）后再上传"
        switch self {
        case .tooLarge(let f, let limit):
            return "文件“\(f)”超过 \(limit / 1_048_576) MB，超出文稿读取上限，请拆分后再上传"
        case .pdf(let f):
            return "文件“\(f)”是 PDF 文件，无法可靠地读取其中的文字，\(saveAs)"
        case .image(let f, let kind):
            return "文件“\(f)”是图片（\(kind)），不是文字文稿，请上传 Word 文档（*.docx）或纯文本（.txt）"
        case .rtf(let f):
            return "文件“\(f)”是 RTF 格式，\(saveAs)"
        case .binary(let f):
            return "文件“\(f)”不是文字文稿（含有二进制内容），\(saveAs)"
        case .undecodable(let f):
            return "文件“\(f)”的文字编码无法识别（既不是 UTF-8 也不是 GB18030），请另存为 UTF-8 编码的纯文本后再上传"
        }
    }

    public var description: String {
        switch self {
        case .tooLarge(let f, let limit): "\(f): larger than \(limit) bytes"
        case .pdf(let f): "\(f): a PDF"
        case .image(let f, let kind): "\(f): an image (\(kind))"
        case .rtf(let f): "\(f): RTF"
        case .binary(let f): "\(f): binary content"
        case .undecodable(let f): "\(f): neither UTF-8 nor GB18030"
        }
    }
}
