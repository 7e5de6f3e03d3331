/// The import page: upload form, template and export downloads, and the table of problems of a refused file.
struct ImportPageView {
    let layout: LayoutView
    let unitName: String
    let month: String
    let monthOptions: [OptionView]
    let templateLink: String
    let exportLink: String
    let exportRange: String
    let result: ResultView?

    /// The report of a refused import.
    struct ResultView {
        let summary: String
        let problems: [ProblemRow]
        let hasProblems: Bool
    }

    struct ProblemRow {
        let file: String
        let row: String
        let column: String
        let reason: String
    }
}

extension ImportPageView.ResultView {
    init(_ result: ImportResult) {
        var summary = "文件“\(result.fileName)”有\(result.problems.count)处问题，未导入任何数据。请修改后重新上传。"
        if let encodingName = result.encodingName { summary += "（文件编码：\(encodingName)）" }
        self.summary = summary
        self.hasProblems = !result.problems.isEmpty
        self.problems = result.problems.map {
            ImportPageView.ProblemRow(
                file: $0.file ?? result.fileName, row: $0.row.map { "第\($0)行" } ?? "—", column: $0.column ?? "—",
                reason: $0.message)
        }
    }
}
