import Foundation

/// Turns evaluated lines into a document: the first line is the title, a following "（…）" line the subtitle, a
/// short line ending in "：" right after them the addressee; numbered short lines are headings (一、 （一）
/// 1. （1）); everything else is a paragraph. A heading line is no sentence: no "。", "；", "：", "！" or "？"
/// and at most 40 characters, so "1.经济发展稳中有进。积极适应…" stays a paragraph, as in the seeds.
enum TemplateStructure {
    static func document(from pieces: [TemplatePiece], context: ReportContext) -> ReportDocument {
        var lines: [[ReportInline]] = [[]]
        var blocks: [ReportBlock] = []
        var title: String?
        var subtitle: String?
        var recipient: String?
        var signature: ReportSignature?
        var lineIndex = 0
        func finishLine() {
            let content = merged(trimmed(lines[lines.count - 1]))
            lines[lines.count - 1] = []
            guard !content.isEmpty else { return }
            defer { lineIndex += 1 }
            let text = content.plainText
            if title == nil, blocks.isEmpty, lineIndex == 0, heading(text) == nil, text.count <= 40, !text.contains("。")
            {
                title = text
                return
            }
            if blocks.isEmpty, subtitle == nil, recipient == nil, title != nil, lineIndex == 1,
                text.hasPrefix("（") || text.hasPrefix("("), text.hasSuffix("）") || text.hasSuffix(")"),
                !text.contains("。")
            {
                subtitle = text
                return
            }
            if blocks.isEmpty, recipient == nil, title != nil, text.count <= 40, text.hasSuffix("："),
                heading(text) == nil,
                !text.dropLast().contains("：")
            {
                recipient = text
                return
            }
            if let level = heading(text) {
                blocks.append(.heading(ReportHeading(level: level, content: content)))
            } else {
                blocks.append(.paragraph(ReportParagraph(content: content)))
            }
        }
        for piece in pieces {
            switch piece {
            case .text(let text, _): lines[lines.count - 1].append(.text(text))
            case .figure(let figure): lines[lines.count - 1].append(.figure(figure))
            case .newline: finishLine()
            case .table(let table):
                finishLine()
                blocks.append(.table(table))
                lineIndex += 1
            case .signature:
                finishLine()
                signature = ReportSignature(issuer: context.issuer, date: context.date)
            }
        }
        finishLine()
        return ReportDocument(
            title: title ?? "", subtitle: subtitle, recipient: recipient, blocks: blocks, signature: signature)
    }

    /// The heading level of a line, or nil when it is not a heading.
    static func heading(_ text: String) -> HeadingLevel? {
        guard let (level, rest) = numbering(text) else { return nil }
        guard !rest.isEmpty, rest.count <= 40 else { return nil }
        guard !rest.contains(where: { "。；：！？".contains($0) }) else { return nil }
        return level
    }

    private static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// The numbering at the start of a line and the rest: 一、 （一） 1. （1）.
    static func numbering(_ text: String) -> (HeadingLevel, String)? {
        let chars = Array(text)
        var i = 0
        while i < chars.count, chineseNumerals.contains(chars[i]) { i += 1 }
        if i > 0, i < chars.count, chars[i] == "、" { return (.one, String(chars[(i + 1)...])) }
        if let first = chars.first, first == "（" || first == "(" {
            var j = 1
            while j < chars.count, chineseNumerals.contains(chars[j]) { j += 1 }
            if j > 1, j < chars.count, chars[j] == "）" || chars[j] == ")" { return (.two, String(chars[(j + 1)...])) }
            j = 1
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            if j > 1, j < chars.count, chars[j] == "）" || chars[j] == ")" { return (.four, String(chars[(j + 1)...])) }
        }
        var k = 0
        while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
        if k > 0, k < 3, k < chars.count, chars[k] == "." || chars[k] == "．" || chars[k] == "、",
            k + 1 >= chars.count || !(chars[k + 1].isASCII && chars[k + 1].isNumber)
        {
            return (.three, String(chars[(k + 1)...]))
        }
        return nil
    }

    /// Without the indentation writers type (spaces, full-width spaces) at either end of the line.
    private static func trimmed(_ content: [ReportInline]) -> [ReportInline] {
        var runs = content
        while case .text(let t)? = runs.first {
            let s = String(t.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
            if s.isEmpty { runs.removeFirst() } else { runs[0] = .text(s); break }
        }
        while case .text(let t)? = runs.last {
            let s = t.trimmedTemplateSpace
            if s.isEmpty {
                runs.removeLast()
            } else {
                runs[runs.count - 1] = .text(
                    String(String(t.reversed().drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).reversed()));
                break
            }
        }
        return runs
    }

    /// Adjacent text runs joined into one.
    private static func merged(_ content: [ReportInline]) -> [ReportInline] {
        var out: [ReportInline] = []
        for run in content {
            if case .text(let t) = run, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + t)
            } else if case .text(let t) = run, t.isEmpty {
                continue
            } else {
                out.append(run)
            }
        }
        return out
    }
}
