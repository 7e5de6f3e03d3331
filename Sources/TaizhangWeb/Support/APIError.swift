import Foundation
import Hummingbird

/// An error answered as JSON `{"error": {"code", "message", "problems"}}` with a Chinese message and the right
/// status (400, 404, 409, 413, 415, 422, 500).
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// Machine-readable code, e.g. "not_found", "validation_failed".
    public var code: String
    /// Chinese message for people.
    public var message: String
    public var problems: [APIProblem]

    public init(_ status: HTTPResponse.Status, code: String, message: String, problems: [APIProblem] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.problems = problems
    }

    struct Envelope: Encodable {
        struct Body: Encodable {
            let code: String
            let message: String
            let problems: [APIProblem]
        }
        let error: Body
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Envelope(error: .init(code: code, message: message, problems: problems)))
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension APIError {
    static func badRequest(_ message: String, problems: [APIProblem] = []) -> APIError {
        APIError(.badRequest, code: "bad_request", message: message, problems: problems)
    }

    static func notFound(_ message: String) -> APIError {
        APIError(.notFound, code: "not_found", message: message)
    }

    static func unprocessable(
        _ message: String, problems: [APIProblem] = [], code: String = "validation_failed"
    )
        -> APIError
    {
        APIError(.unprocessableContent, code: code, message: message, problems: problems)
    }

    static func unsupportedMediaType(_ message: String) -> APIError {
        APIError(.unsupportedMediaType, code: "unsupported_media_type", message: message)
    }
}
