import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangOffice
import TaizhangWeb

/// `taizhang draft …`: works on drafts (last year's report or a template with XX blanks): `read` lists every
/// slot as the slot contract says, `template` turns the draft into a template, `check` compares its figures with
/// the ledgers.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft", abstract: "读取文稿（上年报告或带 XX 的模板），找出其中的数字、日期和掩码；转成模板；核对数字。",
        subcommands: [Read.self, Template.self, Check.self])

    /// The decoded text of a draft file, or the command's failure naming the file.
    static func decode(_ file: String) throws -> (name: String, draft: DraftText) {
        let (url, data) = try CommandFailure.readInput(file)
        do {
            return (url.lastPathComponent, try DraftFile.decode(data, fileName: url.lastPathComponent))
        } catch {
            throw CommandFailure(error)
        }
    }

    /// `taizhang draft read FILE [--json]`: the slots of a plain-text or .docx draft.
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read",
            abstract: "读取文稿（.txt，UTF-8/GB18030；或 .docx），列出每个数字、日期和掩码及其类型、指标、口径、单位、时期。")

        @Argument(help: "文稿文件（.txt 或 .docx）。")
        var file: String

        @Flag(name: .long, help: "按文稿读取约定输出 JSON（{\"encoding\": …, \"slots\": […]}）。")
        var json = false

        /// Reads the decoded text N times and prints the spread (the benchmark of issue 5).
        @Option(name: .customLong("repeat"), help: .hidden)
        var repetitions = 1

        func run() throws {
            let (name, draft) = try DraftCommand.decode(file)
            var slots = DraftReader.read(draft.text)
            if repetitions > 1 {
                let clock = ContinuousClock()
                var times: [Duration] = []
                for _ in 0..<repetitions {
                    let start = clock.now
                    slots = DraftReader.read(draft.text)
                    times.append(clock.now - start)
                }
                FileHandle.standardError.write(
                    Data("读取\(repetitions)次（\(draft.text.unicodeScalars.count)字）：\(BulletinCommand.spread(times))\n".utf8))
            }
            if json {
                let output = DraftSlotJSON.encode(encoding: draft.encoding, slots: slots)
                print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
                return
            }
            let kind = draft.isWordDocument ? "Word 文档" : "编码：\(draft.encoding)"
            print("文件“\(name)”（\(kind)，\(draft.text.unicodeScalars.count)字）")
            print(DraftSlotListing.render(slots))
        }
    }

    /// `taizhang draft template FILE [-o OUT]`: the draft as a template, and what each slot became.
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template", abstract: "把文稿转成报告模板：数字绑定到指标，打码的名称变成撰稿人填写的字段。")

        @Argument(help: "文稿文件（.txt 或 .docx）。")
        var file: String

        @Option(name: .shortAndLong, help: "模板输出文件（默认打印到屏幕）。")
        var output: String?

        func run() throws {
            let (name, draft) = try DraftCommand.decode(file)
            let converted = DraftTemplateConverter.convert(draft.text, slots: DraftReader.read(draft.text))
            if let output {
                do {
                    try Data(converted.template.utf8).write(to: URL(fileURLWithPath: output))
                } catch {
                    throw CommandFailure(message: "无法写入文件“\(output)”：\(error.localizedDescription)")
                }
            } else {
                print(converted.template)
            }
            let uncertain = converted.conversions.filter { !$0.isCertain }
            FileHandle.standardError.write(
                Data(
                    ("“\(name)”：\(converted.conversions.count)处，其中\(uncertain.count)处请确认：\n"
                        + uncertain.map { "  第\($0.slot.start)字“\($0.replaced)”→ \(Self.describe($0.outcome))：\($0.note)" }
                        .joined(separator: "\n") + "\n").utf8))
        }

        static func describe(_ outcome: SlotConversion.Outcome) -> String {
            switch outcome {
            case .expression(let expression): expression
            case .field(let name): "【填写 \(name)】"
            case .kept: "保留原文"
            }
        }
    }

    /// `taizhang draft check FILE --unit CODE --period 2026-10`: each figure against the ledgers.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "逐项核对文稿中的数字与台账是否一致，列出不一致和无法核对的数字。")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "文稿文件（.txt 或 .docx）。")
        var file: String

        @Option(name: .long, help: "文稿所写的组织（编码或名称）。")
        var unit: String

        @Option(name: .long, help: "文稿的报告期，如 2026-10（1—10月累计）或 2025（全年）。")
        var period: String

        func run() async throws {
            let (name, draft) = try DraftCommand.decode(file)
            let chosen = try ReportCommand.parsePeriod(period)
            let lines = try await database.withStore(label: "taizhang.draft") { store in
                try await ReportFacade(database: store).factCheck(draft: draft.text, unit: unit, period: chosen)
            }
            var counts: [DraftFactCheck.Line.Verdict: Int] = [:]
            for line in lines {
                counts[line.verdict, default: 0] += 1
                let mark =
                    switch line.verdict {
                    case .agrees: "一致  "
                    case .disagrees: "不一致"
                    case .unbound: "未核对"
                    }
                var text = "\(mark) 第\(line.slot.start)字 \(line.slot.text)\(line.slot.unit ?? "") \(line.slot.indicator ?? "")：\(line.note)"
                if line.verdict == .disagrees, let source = line.source?.sources.first { text += "（来源：\(source)）" }
                print(text)
            }
            print(
                "“\(name)”：\(lines.count)个数字，一致\(counts[.agrees] ?? 0)个，不一致\(counts[.disagrees] ?? 0)个，未核对\(counts[.unbound] ?? 0)个。")
            if (counts[.disagrees] ?? 0) > 0 { throw ExitCode(2) }
        }
    }
}
