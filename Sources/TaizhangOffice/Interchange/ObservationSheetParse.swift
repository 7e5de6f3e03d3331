import TaizhangCore

/// What reading an observation sheet produced: the observations of every good row and every problem found.
/// An import is atomic: store the observations only when `problems` is empty.
public struct ObservationSheetParse: Sendable {
    /// One observation per accepted row, in file order, with status `.draft`.
    public var observations: [Observation]
    /// The 1-based source row of each observation (same order), to place later validation messages.
    public var sourceRows: [Int]
    public var problems: [ImportProblem]
    /// The file name used in messages.
    public var fileName: String
    /// The worksheet that was read (the first visible sheet holding data); nil for CSV.
    public var sheetName: String?
    /// The encoding detected for CSV; nil for workbooks.
    public var encoding: CSVEncoding?
    /// Data rows read below the header (blank rows not counted).
    public var rowCount: Int
    /// Rows naming an org unit and indicator but no figure and no note (unfilled template rows): left out.
    public var skippedRowCount: Int

    public init(
        observations: [Observation] = [], sourceRows: [Int] = [], problems: [ImportProblem] = [],
        fileName: String, sheetName: String? = nil, encoding: CSVEncoding? = nil, rowCount: Int = 0,
        skippedRowCount: Int = 0
    ) {
        self.observations = observations
        self.sourceRows = sourceRows
        self.problems = problems
        self.fileName = fileName
        self.sheetName = sheetName
        self.encoding = encoding
        self.rowCount = rowCount
        self.skippedRowCount = skippedRowCount
    }

    /// Whether the file can be imported as a whole.
    public var isAcceptable: Bool { problems.isEmpty }
}
