import Foundation

/// A value to write into a cell; numbers are exact decimals written as their plain string, never via Double.
public enum XLSXWriteValue: Hashable, Sendable {
    case text(String)
    case number(Decimal)
    case bool(Bool)
    /// A calendar date, stored as a 1900-system serial number with a date format.
    case date(year: Int, month: Int, day: Int)
    /// Nothing: the cell is left out.
    case empty
}

extension XLSXWriteValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}
