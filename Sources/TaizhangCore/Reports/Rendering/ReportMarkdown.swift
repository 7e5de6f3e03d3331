/// Renders a report as Markdown (CommonMark with GFM pipe tables): the title as `#`, heading levels as `##`
/// to `#####`, paragraphs, tables with their column alignment, and the signature as plain closing lines.
/// Figures print as their text; their provenance lives in the HTML and .docx forms.
public enum ReportMarkdown {
    public static func render(_ document: ReportDocument) -> String {
        var blocks: [String] = ["# " + MarkdownEscaping.line(document.title)]
        if let subtitle = document.subtitle { blocks.append(MarkdownEscaping.block(subtitle)) }
        if let recipient = document.recipient { blocks.append(MarkdownEscaping.block(recipient)) }
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                let marks = String(repeating: "#", count: heading.level.rawValue + 1)
                blocks.append(marks + " " + MarkdownEscaping.line(heading.content.plainText))
            case .paragraph(let paragraph):
                blocks.append(MarkdownEscaping.block(paragraph.content.plainText))
            case .table(let table):
                blocks.append(contentsOf: render(table))
            }
        }
        if let signature = document.signature {
            blocks.append(MarkdownEscaping.line(signature.issuer))
            blocks.append(MarkdownEscaping.line(signature.writtenDate))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func render(_ table: ReportTable) -> [String] {
        var blocks: [String] = []
        if let caption = table.caption { blocks.append(MarkdownEscaping.line(caption)) }
        if let unitNote = table.unitNote { blocks.append(MarkdownEscaping.line(unitNote)) }
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return blocks }
        func row(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: max(0, columns - cells.count))
            return "| " + padded.map(MarkdownEscaping.line).joined(separator: " | ") + " |"
        }
        let rule = (0..<columns).map { column -> String in
            switch table.alignment(ofColumn: column) {
            case .leading: ":---"
            case .center: ":---:"
            case .trailing: "---:"
            }
        }
        var lines = [row(table.header), "| " + rule.joined(separator: " | ") + " |"]
        lines += table.rows.map { row($0.map(\.content.plainText)) }
        blocks.append(lines.joined(separator: "\n"))
        return blocks
    }
}
