/// What an import did: how many rows were read and stored, the CSV encoding detected, and every problem (when
/// there is any, nothing was stored).
public struct ImportResult: Encodable, Sendable {
    public let fileName: String
    /// The worksheet read, for workbooks.
    public let sheetName: String?
    /// "utf-8", "utf-8-bom" or "gb18030", for CSV files.
    public let encoding: String?
    /// Chinese name of the encoding, e.g. "GB18030（GBK）".
    public let encodingName: String?
    /// Data rows read below the header.
    public let rowCount: Int
    /// Observations stored (0 when anything was wrong).
    public let importedCount: Int
    /// Template rows without any figure, left out.
    public let skippedRowCount: Int
    public let isImported: Bool
    public let problems: [APIProblem]
}
