import Foundation
import Hummingbird
import TaizhangCore

/// Reading the common query and path parameters of API requests, with Chinese errors.
enum APIParameters {
    static func month(_ text: String?, name: String = "month") throws -> YearMonth {
        guard let text, !text.isEmpty else { throw APIError.badRequest("缺少参数 \(name)（如 2026-10）。") }
        guard let month = YearMonth.parse(text) else { throw ServiceError.invalidMonth(text) }
        return month
    }

    static func year(_ text: String?) throws -> Int {
        guard let text, let year = Int(text), (1900...9999).contains(year) else {
            throw APIError.badRequest("参数 year 须为四位年份，如 2026。")
        }
        return year
    }

    static func required(_ text: String?, name: String) throws -> String {
        guard let text, !text.isEmpty else { throw APIError.badRequest("缺少参数 \(name)。") }
        return text
    }

    static func id(_ context: TaizhangRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text) else {
            throw APIError.notFound("找不到该组织。")
        }
        return id
    }
}

extension KeyedDecodingContainer {
    /// An org unit named in a JSON body by its id (a number) or its code (a string); both arrive as text.
    func decodeOrgUnitReference(forKey key: Key) throws -> String {
        if let number = try? decode(Int64.self, forKey: key) { return String(number) }
        return try decode(String.self, forKey: key)
    }
}
