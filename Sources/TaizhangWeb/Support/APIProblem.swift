/// One problem found in a request's data (a bad cell of an imported file, a suspicious figure of a form), as the
/// API returns it and the pages list it: where it is and why, in Chinese.
public struct APIProblem: Codable, Sendable, Hashable {
    /// "error" blocks saving; "warning" may be overridden with a written reason.
    public var severity: String
    public var message: String
    public var file: String?
    public var row: Int?
    /// Column letter or header, as the user sees it in the sheet.
    public var column: String?
    /// Field of a form or JSON body (e.g. "cumulative").
    public var field: String?
    public var indicatorCode: String?
    /// Machine-readable kind of the problem, e.g. "cumulative_mismatch".
    public var code: String?

    public init(
        severity: String = "error", message: String, file: String? = nil, row: Int? = nil, column: String? = nil,
        field: String? = nil, indicatorCode: String? = nil, code: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.row = row
        self.column = column
        self.field = field
        self.indicatorCode = indicatorCode
        self.code = code
    }
}
