import Foundation
import TaizhangCore

/// Where a stored report template came from: written or copied in the editor, or converted from a draft.
public enum ReportTemplateSource: String, Sendable, Codable, CaseIterable {
    case builtin
    case custom
    case draft

    /// 内置 / 自定义 / 文稿生成.
    public var displayName: String {
        switch self {
        case .builtin: "内置"
        case .custom: "自定义"
        case .draft: "由文稿生成"
        }
    }
}

/// A report template a writer saved (`report_templates`).
public struct StoredReportTemplate: Sendable, Equatable, Codable {
    public var id: Int64
    public var name: String
    public var text: String
    public var source: ReportTemplateSource
    public var createdBy: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int64, name: String, text: String, source: ReportTemplateSource, createdBy: String, createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.name = name
        self.text = text
        self.source = source
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A report to keep: what was filled, for whom, and the files produced.
public struct NewReport: Sendable, Equatable {
    /// `ReportTemplateKey` text: "builtin:annual-summary" or the stored template's id.
    public var templateKey: String
    public var templateName: String
    public var orgUnitID: Int64
    /// `Period.storageKey`.
    public var period: String
    public var title: String
    public var createdBy: String
    public var docx: Data
    public var html: String
    public var figureCount: Int

    public init(
        templateKey: String, templateName: String, orgUnitID: Int64, period: String, title: String, createdBy: String,
        docx: Data, html: String, figureCount: Int
    ) {
        self.templateKey = templateKey
        self.templateName = templateName
        self.orgUnitID = orgUnitID
        self.period = period
        self.title = title
        self.createdBy = createdBy
        self.docx = docx
        self.html = html
        self.figureCount = figureCount
    }
}

/// A produced report as the history lists it (without its files).
public struct StoredReport: Sendable, Equatable {
    public var id: Int64
    public var templateKey: String
    public var templateName: String
    public var orgUnitID: Int64
    public var period: String
    public var title: String
    public var createdBy: String
    public var createdAt: Date
    public var figureCount: Int
}

/// Why the report store refused a change, in Chinese for the writer.
public enum ReportStoreError: UserFacingError, Equatable {
    case duplicateTemplateName(String)
    case templateNotFound(id: Int64)
    case emptyTemplateName

    public var userMessage: String {
        switch self {
        case .duplicateTemplateName(let name): "已有名为“\(name)”的报告模板，请换一个名称。"
        case .templateNotFound(let id): "找不到编号为 \(id) 的报告模板。"
        case .emptyTemplateName: "模板名称不能为空。"
        }
    }

    public var description: String {
        switch self {
        case .duplicateTemplateName(let name): "duplicate report template name \(name)"
        case .templateNotFound(let id): "report template \(id) not found"
        case .emptyTemplateName: "empty report template name"
        }
    }
}
