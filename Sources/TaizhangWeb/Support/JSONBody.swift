import Foundation
import Hummingbird

/// Reads a JSON request body within the upload limit; wrong content types get a Chinese 415 and malformed JSON a
/// Chinese 400 naming the field.
enum JSONBody {
    static func decode<T: Decodable>(
        _ type: T.Type, from request: Request, context: TaizhangRequestContext
    )
        async throws -> T
    {
        if let contentType = request.headers[.contentType]?.lowercased(), !contentType.contains("json") {
            throw APIError.unsupportedMediaType("请求内容须为 JSON（Content-Type: application/json）。")
        }
        let buffer = try await request.body.collect(upTo: context.uploadLimit)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw APIError.badRequest("请求的 JSON 内容有误：\(describe(error))。")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(
                in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context): return "缺少字段“\(path(context.codingPath + [key]))”"
        case .valueNotFound(_, let context): return "字段“\(path(context.codingPath))”不能为空"
        case .typeMismatch(_, let context): return "字段“\(path(context.codingPath))”的类型不对"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "不是有效的 JSON" : "字段“\(path(context.codingPath))”的值无效"
        @unknown default: return "无法解析"
        }
    }
}
