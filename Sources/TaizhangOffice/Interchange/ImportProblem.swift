import TaizhangCore

/// One problem found while importing a sheet, located by file, sheet, row and column, with a Chinese reason;
/// an import collects all of them rather than stopping at the first.
public struct ImportProblem: UserFacingError, Hashable {
    /// What went wrong, for code that groups or filters problems.
    public enum Kind: String, Sendable, Hashable {
        case emptyFile
        case headerNotFound
        case missingColumn
        case duplicateColumn
        case missingOrgUnit
        case unknownOrgUnit
        case orgUnitMismatch
        case missingIndicator
        case unknownIndicator
        case indicatorMismatch
        case unitMismatch
        case missingMonth
        case invalidMonth
        case notANumber
        case percentNotAllowed
        case tooPrecise
        case duplicateRow
        // Project ledger sheets.
        case missingValue
        case unknownName
        case negativeAmount
        case inconsistentFigures
        case invalidDate
    }

    public let kind: Kind
    /// The file name as the user knows it, e.g. "1月指标.xlsx".
    public let fileName: String
    /// The worksheet, for workbooks; nil for CSV.
    public let sheetName: String?
    /// Whether the message names the sheet (workbooks with several visible sheets).
    public let mentionsSheet: Bool
    /// 1-based row number; nil for problems of the whole file.
    public let row: Int?
    /// Column letters, e.g. "G"; nil for problems of a whole row.
    public let column: String?
    /// The column's header as found in the file.
    public let header: String?
    /// The reason in Chinese, e.g. "“12万”不是数字".
    public let reason: String

    public init(
        kind: Kind, fileName: String, sheetName: String? = nil, mentionsSheet: Bool = false, row: Int? = nil,
        column: String? = nil, header: String? = nil, reason: String
    ) {
        self.kind = kind
        self.fileName = fileName
        self.sheetName = sheetName
        self.mentionsSheet = mentionsSheet
        self.row = row
        self.column = column
        self.header = header
        self.reason = reason
    }

    /// E.g. "文件“1月指标.xlsx”第12行 G列“本月值”：“12万”不是数字".
    public var userMessage: String {
        var place = "文件“\(fileName)”"
        if mentionsSheet, let sheetName { place += "工作表“\(sheetName)”" }
        if let row { place += "第\(row)行" }
        if let column {
            place += " \(column)列"
            if let header { place += "“\(header)”" }
        }
        return place + "：" + reason
    }

    public var description: String {
        "\(fileName)\(sheetName.map { "[\($0)]" } ?? ""):\(row.map(String.init) ?? "-"):\(column ?? "-") \(kind.rawValue)"
    }
}
