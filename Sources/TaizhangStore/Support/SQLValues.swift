import Foundation
import SQLKit
import TaizhangCore

/// Small helpers that keep the repositories' SQL identical on both engines.
enum SQLValues {
    /// A bind for a present value, a literal NULL otherwise (cheaper than encoding an optional through Codable).
    static func bindOrNull(_ value: (some Encodable & Sendable)?) -> any SQLExpression {
        if let value { SQLBind(value) } else { SQLLiteral.null }
    }

    /// An integer written into the statement rather than bound: no per-value encoding on the way to the driver,
    /// which matters in 1000-row batches; integers cannot carry SQL injection.
    static func integer(_ value: some BinaryInteger) -> any SQLExpression {
        SQLLiteral.numeric(String(value))
    }

    /// `integer(_:)`, or a literal NULL.
    static func integerOrNull(_ value: (some BinaryInteger)?) -> any SQLExpression {
        if let value { integer(value) } else { SQLLiteral.null }
    }

    /// The unit growth rates are kept in: a percentage, scaled like every other figure (×10⁴).
    static let percent = IndicatorUnit(symbol: "%")

    /// Rows per multi-row INSERT; SQLiteNIO prepares each statement anew, so big batches are much faster, while
    /// 1000 rows × 11 columns stay well below both engines' bind limits.
    static let batchSize = 1000

    /// Now, as ISO-8601 text in UTC (`2024-03-31T08:00:00Z`), the one timestamp format of the store.
    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}

extension SQLRow {
    func optionalInt64(_ column: String) throws -> Int64? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Int64.self)
    }

    func optionalString(_ column: String) throws -> String? {
        try decodeNil(column: column) ? nil : decode(column: column, as: String.self)
    }
}
