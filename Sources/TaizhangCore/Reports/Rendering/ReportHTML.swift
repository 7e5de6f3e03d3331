/// Renders a report as an HTML fragment (an `<article>`) for the web pages: semantic headings, paragraphs and
/// tables, and every figure traceable without JavaScript — its `title` shows the provenance on hover, and a
/// keyboard-focusable span reveals the same provenance as a panel on focus (see `ReportHTML.stylesheet`).
public enum ReportHTML {
    /// The fragment; `idPrefix` keeps the provenance panels' ids unique when several reports share a page.
    public static func render(_ document: ReportDocument, idPrefix: String = "tz-figure") -> String {
        var writer = Writer(idPrefix: idPrefix)
        writer.document(document)
        return writer.output
    }

    /// A standalone page (the .html a command writes): the fragment and its stylesheet, nothing loaded from elsewhere.
    public static func page(_ document: ReportDocument) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>\(HTMLEscaping.text(document.title))</title>
        <style>\(stylesheet)</style></head>
        <body>\(render(document))</body></html>

        """
    }

    /// The provenance as the figure's tooltip says it: subject, then each source, then the computation.
    public static func provenanceLines(_ provenance: FigureProvenance) -> [String] {
        var lines = [provenance.subject]
        lines += provenance.sources.map { "来源：" + $0 }
        if let computation = provenance.computation { lines.append("计算：" + computation) }
        return lines
    }

    private struct Writer {
        let idPrefix: String
        var output = ""
        private var figureCount = 0

        init(idPrefix: String) { self.idPrefix = idPrefix }

        mutating func document(_ document: ReportDocument) {
            output += "<article class=\"tz-report\" lang=\"zh-CN\">\n"
            output += "<h1 class=\"tz-title\">\(HTMLEscaping.lines(document.title))</h1>\n"
            if let subtitle = document.subtitle {
                output += "<p class=\"tz-subtitle\">\(HTMLEscaping.lines(subtitle))</p>\n"
            }
            if let recipient = document.recipient {
                output += "<p class=\"tz-recipient\">\(HTMLEscaping.lines(recipient))</p>\n"
            }
            for block in document.blocks {
                switch block {
                case .heading(let heading):
                    let level = heading.level.rawValue
                    output += "<h\(level + 1) class=\"tz-heading tz-heading-\(level)\">"
                    inline(heading.content)
                    output += "</h\(level + 1)>\n"
                case .paragraph(let paragraph):
                    output += "<p class=\"tz-paragraph\">"
                    inline(paragraph.content)
                    output += "</p>\n"
                case .table(let table):
                    self.table(table)
                }
            }
            if let signature = document.signature {
                let date = signature.date
                let iso = "\(date.year)-\(Self.twoDigits(date.month))-\(Self.twoDigits(date.day))"
                output += "<div class=\"tz-signature\">\n"
                output += "<p class=\"tz-issuer\">\(HTMLEscaping.lines(signature.issuer))</p>\n"
                output += "<p class=\"tz-date\"><time datetime=\"\(iso)\">\(signature.writtenDate)</time></p>\n"
                output += "</div>\n"
            }
            output += "</article>\n"
        }

        private mutating func table(_ table: ReportTable) {
            output += "<table class=\"tz-table\">\n"
            if table.caption != nil || table.unitNote != nil {
                output += "<caption>"
                if let caption = table.caption {
                    output += "<span class=\"tz-table-caption\">\(HTMLEscaping.lines(caption))</span>"
                }
                if let unitNote = table.unitNote {
                    output += "<span class=\"tz-table-unit\">\(HTMLEscaping.lines(unitNote))</span>"
                }
                output += "</caption>\n"
            }
            if !table.header.isEmpty {
                output += "<thead><tr>"
                for (column, title) in table.header.enumerated() {
                    output += "<th scope=\"col\" class=\"\(Self.alignmentClass(table.alignment(ofColumn: column)))\">"
                    output += HTMLEscaping.lines(title) + "</th>"
                }
                output += "</tr></thead>\n"
            }
            output += "<tbody>\n"
            for row in table.rows {
                output += "<tr>"
                for (column, cell) in row.enumerated() {
                    output += "<td class=\"\(Self.alignmentClass(table.alignment(ofColumn: column)))\">"
                    inline(cell.content)
                    output += "</td>"
                }
                output += "</tr>\n"
            }
            output += "</tbody>\n</table>\n"
        }

        private mutating func inline(_ content: [ReportInline]) {
            for run in content {
                switch run {
                case .text(let text): output += HTMLEscaping.lines(text)
                case .figure(let figure): self.figure(figure)
                }
            }
        }

        /// The printed figure, focusable, with its provenance in the tooltip and in a panel shown on focus;
        /// screen readers get the panel as the figure's description.
        private mutating func figure(_ figure: ReportFigure) {
            figureCount += 1
            let id = "\(idPrefix)-\(figureCount)"
            let lines = ReportHTML.provenanceLines(figure.provenance)
            output +=
                "<span class=\"figure\" tabindex=\"0\" title=\"\(HTMLEscaping.attribute(lines.joined(separator: "\n")))\""
            output += " aria-describedby=\"\(HTMLEscaping.attribute(id))\">\(HTMLEscaping.text(figure.text))"
            output += "<span class=\"provenance\" id=\"\(HTMLEscaping.attribute(id))\" role=\"tooltip\">"
            output += "<span class=\"provenance-subject\">\(HTMLEscaping.text(figure.provenance.subject))</span>"
            for source in figure.provenance.sources {
                output += "<span class=\"provenance-source\">来源：\(HTMLEscaping.text(source))</span>"
            }
            if let computation = figure.provenance.computation {
                output += "<span class=\"provenance-computation\">计算：\(HTMLEscaping.text(computation))</span>"
            }
            output += "</span></span>"
        }

        private static func alignmentClass(_ alignment: ReportColumnAlignment) -> String {
            "tz-align-\(alignment.rawValue)"
        }

        private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    }
}
