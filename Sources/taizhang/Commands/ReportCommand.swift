import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangOffice
import TaizhangWeb

/// `taizhang report`: fills a report template (one of the built-in reports or a template file) from the ledgers
/// for one org unit and period, and writes it as an official .docx, HTML or Markdown.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "生成报告（模板+台账数据 → 公文格式 .docx、HTML 或 Markdown）。",
        subcommands: [Fill.self, List.self, Check.self])

    /// `taizhang report list`: the built-in reports.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "列出内置报告。")

        func run() {
            for report in BuiltInReport.allCases { print("\(report.rawValue)\t\(report.displayName)") }
        }
    }

    /// `taizhang report check FILE`: every error and warning of a template, with line and column.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: "检查模板，列出全部错误和提示。")

        @Argument(help: "模板文件（UTF-8 文本）。")
        var template: String

        func run() throws {
            let text = try ReportCommand.readTemplate(template)
            let issues = ReportTemplate.check(text)
            for issue in issues { print((issue.severity == .error ? "错误 " : "提示 ") + issue.description) }
            let errors = issues.filter { $0.severity == .error }.count
            print(errors == 0 ? "模板可以使用（\(issues.count)条提示）。" : "模板有\(errors)处错误。")
            if errors > 0 { throw ExitCode(1) }
        }
    }

    /// `taizhang report fill`: the filled report.
    struct Fill: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "fill", abstract: "用台账数据填写报告模板并输出。")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "内置报告：economic-bulletin（月度经济运行简报）、project-bulletin（项目调度通报）、annual-summary（年度工作总结）。")
        var builtin: String?

        @Option(name: .long, help: "模板文件（UTF-8 文本），代替 --builtin。")
        var template: String?

        @Option(name: .long, help: "组织编码或名称。")
        var unit: String

        @Option(name: .long, help: "报告期，如 2026-10（1—10月累计）、2025（全年）、2026年10月。默认上一个完整月份的累计。")
        var period: String?

        @Option(name: .long, help: "发文单位（默认“<组织名称>管委会”）。")
        var issuer: String?

        @Option(name: .long, help: "成文日期，如 2026-11-05（默认今天）。")
        var date: String?

        @Option(name: .customLong("section"), help: "【填写】段落的内容：名称=文本文件，可重复。")
        var sections: [String] = []

        @Option(name: .shortAndLong, help: "输出文件：.docx、.html 或 .md。")
        var output: String

        @Flag(name: .customLong("no-appendix"), help: ".docx 不附“数据来源”附件。")
        var noAppendix = false

        @Option(name: .customLong("provenance"), help: "另存每个数字的来源（JSON）。")
        var provenancePath: String?

        @Option(name: .customLong("repeat"), help: .hidden)
        var repetitions = 1

        func validate() throws {
            guard (builtin == nil) != (template == nil) else {
                throw ValidationError("请用 --builtin 或 --template 指定一个模板。")
            }
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            guard ["docx", "html", "htm", "md"].contains(ext) else {
                throw ValidationError("输出文件应为 .docx、.html 或 .md。")
            }
        }

        func run() async throws {
            let text: String
            if let builtin {
                guard let report = BuiltInReport(rawValue: builtin) else {
                    throw CommandFailure(
                        message: "没有内置报告“\(builtin)”；可选：" + BuiltInReport.allCases.map(\.rawValue).joined(separator: "、"))
                }
                text = report.template
            } else {
                text = try ReportCommand.readTemplate(template!)
            }
            let request = ReportFacade.Request(
                unit: unit, period: try chosenPeriod(), issuer: issuer, date: try chosenDate(),
                sections: try readSections())
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            let settings = OfficialDocumentSettings(includesProvenanceAppendix: !noAppendix)
            let clock = ContinuousClock()
            var times: [Duration] = []
            let (document, bytes) = try await database.withStore(label: "taizhang.report") { store in
                let facade = ReportFacade(database: store)
                var result: (ReportDocument, Data)?
                for _ in 0..<max(1, repetitions) {
                    let start = clock.now
                    do {
                        let document = try await facade.fill(template: text, request)
                        let bytes: Data =
                            switch ext {
                            case "docx": try OfficialDocumentWriter.write(document, settings: settings)
                            case "md": Data(ReportMarkdown.render(document).utf8)
                            default: Data(ReportHTML.page(document).utf8)
                            }
                        result = (document, bytes)
                    } catch let error as TemplateCheckError {
                        throw CommandFailure(message: error.description)
                    } catch let error as TemplateEvaluationError {
                        throw CommandFailure(message: error.description)
                    }
                    times.append(clock.now - start)
                }
                return result!
            }
            do {
                try bytes.write(to: URL(fileURLWithPath: output))
                if let provenancePath {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    try encoder.encode(document.figures).write(to: URL(fileURLWithPath: provenancePath))
                }
            } catch {
                throw CommandFailure(message: "无法写入文件“\(output)”：\(error.localizedDescription)")
            }
            if repetitions > 1 { FileHandle.standardError.write(Data("生成\(repetitions)次：\(BulletinCommand.spread(times))\n".utf8)) }
            print("已生成 \(output)：\(document.figures.count)个数字，均可追溯到台账。")
        }

        private func chosenPeriod() throws -> Period {
            guard let period else { return .cumulative(through: lastCompleteMonth()) }
            return try ReportCommand.parsePeriod(period)
        }

        private func chosenDate() throws -> CalendarDate? {
            guard let date else { return nil }
            guard let day = CalendarDate(date) else { throw CommandFailure(message: "看不懂成文日期“\(date)”：应为 2026-11-05。") }
            return day
        }

        private func readSections() throws -> [String: String] {
            var result: [String: String] = [:]
            for entry in sections {
                guard let equals = entry.firstIndex(of: "=") else {
                    throw CommandFailure(message: "--section 应写作 名称=文件：“\(entry)”")
                }
                let name = String(entry[..<equals]).trimmingCharacters(in: .whitespaces)
                result[name] = try ReportCommand.readTemplate(String(entry[entry.index(after: equals)...]))
            }
            return result
        }
    }

    /// A report period as typed: "2026-10" is 1—10月 of 2026; otherwise any period name ("2025", "2026年1—10月").
    static func parsePeriod(_ text: String) throws -> Period {
        if let month = try? parseMonth(text) { return .cumulative(through: month) }
        guard let period = Period(text) else {
            throw CommandFailure(message: "看不懂报告期“\(text)”：应为 2026-10、2025 或 2026年1—10月 这样的写法。")
        }
        return period
    }

    static func readTemplate(_ path: String) throws -> String {
        let (url, data) = try CommandFailure.readInput(path)
        guard var text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(message: "文件“\(url.lastPathComponent)”不是 UTF-8 文本。")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
