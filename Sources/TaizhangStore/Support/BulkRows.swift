import SQLKit

/// The VALUES list of a multi-row INSERT, serialized in one pass. SQLKit's general builder wraps every value in an
/// existential expression and binds every text anew; for imports of 100,000 rows that was a large share of the
/// time. Here integers are written inline, each row's own texts are bound, and texts that are the same on every
/// row (a timestamp, a user name) are bound once per statement and referred to by their numbered placeholder,
/// which both engines' dialects use (`?N`, `$N`).
struct BulkRows: SQLExpression {
    /// One column's value in one row.
    enum Value: Sendable {
        case integer(Int64)
        case text(String)
        /// The statement-wide text at this index of `shared`.
        case shared(Int)
        case null

        static func integer(_ value: Int64?) -> Value { value.map { .integer($0) } ?? .null }
        static func integer(_ value: Int?) -> Value { value.map { .integer(Int64($0)) } ?? .null }
        static func text(_ value: String?) -> Value { value.map { .text($0) } ?? .null }
    }

    var shared: [String] = []
    var rows: [[Value]] = []

    func serialize(to serializer: inout SQLSerializer) {
        var sharedPositions = [Int?](repeating: nil, count: shared.count)
        for (rowIndex, row) in rows.enumerated() {
            serializer.write(rowIndex == 0 ? "(" : ", (")
            for (columnIndex, value) in row.enumerated() {
                if columnIndex > 0 { serializer.write(", ") }
                switch value {
                case .integer(let number): serializer.write(String(number))
                case .null: serializer.write("NULL")
                case .text(let text): serializer.write(bind: text)
                case .shared(let index):
                    if let position = sharedPositions[index] {
                        serializer.dialect.bindPlaceholder(at: position).serialize(to: &serializer)
                    } else {
                        serializer.write(bind: shared[index])
                        sharedPositions[index] = serializer.binds.count
                    }
                }
            }
            serializer.write(")")
        }
    }
}
