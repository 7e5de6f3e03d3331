import Foundation
import HTTPTypes
import Hummingbird
import TaizhangCore

@testable import TaizhangWeb

extension AuthorizationMatrixTests {
    /// A request for each report route about `unit` (merged into `allSamples`).
    static let reportSamples: [RouteKey: @Sendable (OrgUnit, TestCity) -> SampleRequest] = [
        RouteKey(.get, "/reports"): { unit, _ in SampleRequest(uri: "/reports?unit=\(unit.id)") },
        RouteKey(.get, "/reports/{id}"): { unit, _ in SampleRequest(uri: "/reports/999.docx?unit=\(unit.id)") },
        RouteKey(.get, "/reports/templates/new"): { _, _ in SampleRequest(uri: "/reports/templates/new") },
        RouteKey(.post, "/reports/templates"): { unit, _ in
            form("/reports/templates", [("name", "矩阵模板\(unit.id)"), ("text", "矩阵\n【地区】"), ("action", "check")])
        },
        RouteKey(.get, "/reports/templates/{id}"): { _, _ in SampleRequest(uri: "/reports/templates/999") },
        RouteKey(.post, "/reports/templates/{id}"): { _, _ in
            form("/reports/templates/999", [("name", "矩阵模板"), ("text", "矩阵\n【地区】"), ("action", "check")])
        },
        RouteKey(.get, "/reports/builtin/{name}"): { _, _ in SampleRequest(uri: "/reports/builtin/annual-summary") },
        RouteKey(.get, "/reports/templates/{id}/fill"): { unit, _ in
            SampleRequest(uri: "/reports/templates/999/fill?unit=\(unit.id)")
        },
        RouteKey(.post, "/reports/templates/{id}/fill"): { unit, _ in
            form("/reports/templates/999/fill", [("unit", String(unit.id)), ("period", "2026-C10")])
        },
        RouteKey(.get, "/reports/builtin/{name}/fill"): { unit, _ in
            SampleRequest(uri: "/reports/builtin/project-bulletin/fill?unit=\(unit.id)&period=2026-C10")
        },
        RouteKey(.post, "/reports/builtin/{name}/fill"): { unit, _ in
            form("/reports/builtin/project-bulletin/fill", [("unit", String(unit.id)), ("period", "2026-C10")])
        },
        RouteKey(.get, "/reports/drafts"): { _, _ in SampleRequest(uri: "/reports/drafts") },
        RouteKey(.post, "/reports/drafts"): { _, _ in draftUpload("/reports/drafts", unit: nil) },
        RouteKey(.get, "/reports/check"): { unit, _ in SampleRequest(uri: "/reports/check?unit=\(unit.id)") },
        RouteKey(.post, "/reports/check"): { unit, _ in draftUpload("/reports/check", unit: unit) },
    ]

    /// A multipart upload of a one-line draft, with the unit and period when given.
    static func draftUpload(_ uri: String, unit: OrgUnit?) -> SampleRequest {
        let boundary = "MatrixBoundary"
        var body = ""
        if let unit {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n\(unit.id)\r\n"
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n2026-C10\r\n"
        }
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n1—10月，全区固定资产投资150亿元，同比增长25%。\r\n--\(boundary)--\r\n"
        return SampleRequest(
            uri: uri, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(string: body))
    }
}
