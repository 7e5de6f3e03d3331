import Foundation
import TaizhangCore
import TaizhangStore

/// GET /reports: the template library (built-in and stored) and the latest reports with their downloads.
struct ReportLibraryPageView {
    let layout: LayoutView
    let templates: [ReportTemplateRowView]
    let history: [ReportHistoryRowView]
    let hasHistory: Bool
    let canWrite: Bool
    let checkHref: String
}

/// One template of the library.
struct ReportTemplateRowView {
    let name: String
    let href: String
    let fillHref: String
    let source: String
    let updated: String
}

/// One produced report of the history.
struct ReportHistoryRowView {
    let title: String
    let template: String
    let unit: String
    let period: String
    let who: String
    let when: String
    let htmlHref: String
    let docxHref: String
}

/// One issue of a checked template: where, what and the spellings it may have meant.
struct ReportIssueRowView {
    let line: Int
    let column: Int
    let kind: String
    let isError: Bool
    let message: String
    let suggestions: String?

    init(_ issue: TemplateIssue) {
        line = issue.line
        column = issue.column
        isError = issue.severity == .error
        kind = isError ? "错误" : "提醒"
        message = issue.message
        suggestions = issue.suggestions.isEmpty ? nil : "您是不是要写：" + issue.suggestions.joined(separator: "、") + "？"
    }
}

/// One slot a fill could not fill, or a mask left in the text.
struct ReportSlotRowView {
    let line: Int
    let column: Int
    let expression: String
    let reason: String
}

/// Why a preview or a fill produced nothing: every unfilled slot and mask, or the template's errors.
struct ReportFailureView {
    let summary: String
    let slots: [ReportSlotRowView]
    let hasSlots: Bool
    let issues: [ReportIssueRowView]
    let hasIssues: Bool

    /// nil for an error that is not about the template (it goes to the error page).
    init?(_ error: any Error) {
        switch error {
        case let error as TemplateEvaluationError:
            slots =
                error.unfilled.map {
                    ReportSlotRowView(
                        line: $0.position.line, column: $0.position.column, expression: $0.expression, reason: $0.reason
                    )
                }
                + error.masks.map {
                    ReportSlotRowView(line: $0.line, column: $0.column, expression: "占位符", reason: $0.message)
                }
            issues = []
            var parts: [String] = []
            if !error.unfilled.isEmpty { parts.append("\(error.unfilled.count)处没有数据") }
            if !error.masks.isEmpty { parts.append("\(error.masks.count)处未替换的占位符") }
            summary = "报告还有" + parts.joined(separator: "、") + "，不能生成，也没有保存任何内容。请补齐数据或修改模板后重试。"
        case let error as TemplateCheckError:
            slots = []
            issues = error.issues.map(ReportIssueRowView.init)
            summary = "模板有\(error.issues.count)处错误，不能生成。"
        default:
            return nil
        }
        hasSlots = !slots.isEmpty
        hasIssues = !issues.isEmpty
    }
}

/// A filled report shown in the page, with the report stylesheet (provenance on hover and focus).
struct ReportRenderedView {
    let stylesheet: String
    let html: String
    let figureCount: Int
}

/// GET/POST /reports/templates/…: the editor (name, text, check, preview, save), or a built-in read-only.
struct ReportEditorPageView {
    let layout: LayoutView
    let formAction: String
    let name: String
    let text: String
    let source: String
    let isReadOnly: Bool
    let canWrite: Bool
    let copyHref: String?
    let fillHref: String?
    let unitOptions: [OptionView]
    let periodOptions: [OptionView]
    let checked: Bool
    let checkSummary: String?
    let issues: [ReportIssueRowView]
    let hasIssues: Bool
    let preview: ReportRenderedView?
    let failure: ReportFailureView?
    let error: String?
}

/// GET/POST /reports/drafts: the upload form, then the slots and the proposed template.
struct ReportDraftsPageView {
    let layout: LayoutView
    let limitText: String
    let error: String?
    let result: ReportDraftResultView?
}

/// A read draft: its slots (uncertain conversions first) and the template text to confirm and save.
struct ReportDraftResultView {
    let fileName: String
    let summary: String
    let rows: [ReportDraftRowView]
    let hasRows: Bool
    let name: String
    let template: String
}

/// One slot of a draft and what it became.
struct ReportDraftRowView {
    let original: String
    let type: String
    let indicator: String
    let measure: String
    let unit: String
    let becomes: String
    let note: String
    let isUncertain: Bool

    init(_ conversion: SlotConversion) {
        let slot = conversion.slot
        original = conversion.replaced.isEmpty ? slot.text : conversion.replaced
        type = ReportWords.type(slot.type)
        indicator = slot.indicator ?? "—"
        measure = slot.measure.map(ReportWords.measure) ?? "—"
        unit = slot.unit ?? "—"
        switch conversion.outcome {
        case .expression(let expression): becomes = expression
        case .field(let name): becomes = "【填写 \(name)】"
        case .kept: becomes = "保留原文"
        }
        note = conversion.note
        isUncertain = !conversion.isCertain
    }
}

/// GET/POST /reports/check: the upload form, then each figure's verdict, disagreements first.
struct ReportCheckPageView {
    let layout: LayoutView
    let limitText: String
    let unitOptions: [OptionView]
    let periodOptions: [OptionView]
    let error: String?
    let result: ReportCheckResultView?
}

/// The fact check of one draft.
struct ReportCheckResultView {
    let fileName: String
    let unitName: String
    let periodName: String
    let agreeCount: Int
    let disagreeCount: Int
    let unboundCount: Int
    let rows: [ReportCheckRowView]
    let hasRows: Bool
}

/// One figure of a checked draft.
struct ReportCheckRowView {
    let original: String
    let verdict: String
    let verdictClass: String
    let indicator: String
    let measure: String
    let period: String
    let stored: String
    let source: String
    let note: String

    init(_ line: DraftFactCheck.Line) {
        original = line.slot.text
        switch line.verdict {
        case .agrees: (verdict, verdictClass) = ("一致", "ok")
        case .disagrees: (verdict, verdictClass) = ("不一致", "behind")
        case .unbound: (verdict, verdictClass) = ("未核对", "muted")
        }
        indicator = line.slot.indicator ?? "—"
        measure = line.slot.measure.map(ReportWords.measure) ?? "—"
        period = line.slot.period ?? "报告期"
        stored = line.stored.map(\.plainString) ?? "—"
        source = line.source.map { ReportHTML.provenanceLines($0).filter { !$0.isEmpty }.joined(separator: "；") } ?? "—"
        note = line.note
    }
}

/// GET/POST …/fill: unit, period, the writer's sections; then the report or what stopped it.
struct ReportFillPageView {
    let layout: LayoutView
    let templateName: String
    let templateHref: String
    let formAction: String
    let unitOptions: [OptionView]
    let periodOptions: [OptionView]
    let unitID: Int64
    let period: String
    let unitName: String
    let periodName: String
    let sections: [ReportSectionFieldView]
    let hasSections: Bool
    let failure: ReportFailureView?
    let result: ReportRenderedView?
    let docxHref: String?
    let viewHref: String?
}

/// One 【填写】 section's textarea.
struct ReportSectionFieldView {
    let id: String
    let name: String
    let fieldName: String
    let text: String
}

/// GET /reports/{id}: a stored report as HTML with its download.
struct ReportViewPageView {
    let layout: LayoutView
    let meta: String
    let docxHref: String
    let report: ReportRenderedView
}

/// The Chinese words of the slot contract's types and measures.
enum ReportWords {
    static func type(_ type: DraftSlotType) -> String {
        switch type {
        case .date: "日期"
        case .name: "名称"
        case .text: "文字"
        case .number: "数字"
        }
    }

    static func measure(_ measure: SlotMeasure) -> String {
        switch measure {
        case .value: "数值"
        case .growth: "增速"
        case .delta: "增减量"
        case .rank: "位次"
        case .completion: "完成率"
        case .share: "占比"
        case .change: "百分点变化"
        case .other: "其他"
        }
    }

    /// "2026年1—10月" for a storage key, the key itself when unreadable.
    static func period(_ key: String) -> String { Period(storageKey: key)?.chineseName ?? key }

    /// "2026-11-05 14:03" in Beijing time.
    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    /// "1.5 MB" style text of an upload limit.
    static func bytes(_ count: Int) -> String {
        count >= 1_048_576 ? "\(count / 1_048_576) MB" : "\(max(1, count / 1024)) KB"
    }
}
