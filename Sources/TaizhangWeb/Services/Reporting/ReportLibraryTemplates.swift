import Foundation
import TaizhangCore
import TaizhangStore

/// Names a report template in URLs and in the report tables: a built-in report (`builtin:annual-summary`) or a
/// stored template by its id (`12`).
enum ReportTemplateKey: Hashable, Sendable {
    case builtin(BuiltInReport)
    case stored(Int64)

    init?(_ text: String) {
        if text.hasPrefix("builtin:") {
            guard let report = BuiltInReport(rawValue: String(text.dropFirst("builtin:".count))) else { return nil }
            self = .builtin(report)
        } else if let id = Int64(text) {
            self = .stored(id)
        } else {
            return nil
        }
    }

    var text: String {
        switch self {
        case .builtin(let report): "builtin:" + report.rawValue
        case .stored(let id): String(id)
        }
    }

    /// The template's page: a built-in opens read-only.
    var href: String {
        switch self {
        case .builtin(let report): "/reports/builtin/\(report.rawValue)"
        case .stored(let id): "/reports/templates/\(id)"
        }
    }

    /// Where a report is filled from this template.
    var fillHref: String { href + "/fill" }
}

/// A template as the library lists it: a built-in report or one a writer stored.
struct ReportTemplateEntry: Sendable {
    let key: ReportTemplateKey
    let name: String
    let text: String
    let source: ReportTemplateSource
    let createdBy: String?
    let updatedAt: Date?

    var isBuiltIn: Bool { source == .builtin }

    init(_ report: BuiltInReport) {
        key = .builtin(report)
        name = report.displayName
        text = report.template
        source = .builtin
        createdBy = nil
        updatedAt = nil
    }

    init(_ stored: StoredReportTemplate) {
        key = .stored(stored.id)
        name = stored.name
        text = stored.text
        source = stored.source
        createdBy = stored.createdBy
        updatedAt = stored.updatedAt
    }
}

extension APIError {
    /// A report page asked for a template or a report that does not exist (404).
    static func reportNotFound(_ what: String) -> APIError { .notFound("找不到\(what)。") }
}
