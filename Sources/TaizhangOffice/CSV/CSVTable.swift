/// The records of a CSV file with the encoding it was read in.
public struct CSVTable: Sendable, Hashable {
    /// One record: its 1-based number (the row Excel shows when it opens the file) and its fields.
    public struct Row: Sendable, Hashable {
        public let number: Int
        public let fields: [String]

        public init(number: Int, fields: [String]) {
            self.number = number
            self.fields = fields
        }

        /// The field in a 0-based column, nil past the end of the record.
        public subscript(column: Int) -> String? { column < fields.count ? fields[column] : nil }

        /// Whether every field is empty or blank.
        public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    }

    public let rows: [Row]
    public let encoding: CSVEncoding

    public init(rows: [Row], encoding: CSVEncoding) {
        self.rows = rows
        self.encoding = encoding
    }
}
