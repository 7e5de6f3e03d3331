import Foundation
import TaizhangCore

/// A figure in JSON as a string of its exact decimal digits ("1234.5"), so that no client turns it into binary
/// floating point on the way; `null` when absent. Used for every figure the API returns.
@propertyWrapper
public struct ExactDecimal: Codable, Sendable, Hashable {
    public var wrappedValue: Decimal?

    public init(wrappedValue: Decimal?) { self.wrappedValue = wrappedValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            wrappedValue = nil
        } else if let text = try? container.decode(String.self) {
            guard let value = Decimal(exactly: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a decimal: \(text)")
            }
            wrappedValue = value
        } else {
            // Accept a JSON number too, by its literal digits (Decimal decoding does not go through Double).
            wrappedValue = try container.decode(Decimal.self)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue.plainString) } else { try container.encodeNil() }
    }
}

extension KeyedDecodingContainer {
    /// Lets an absent key decode as nil for `@ExactDecimal` properties.
    public func decode(_ type: ExactDecimal.Type, forKey key: Key) throws -> ExactDecimal {
        try decodeIfPresent(type, forKey: key) ?? ExactDecimal(wrappedValue: nil)
    }
}
