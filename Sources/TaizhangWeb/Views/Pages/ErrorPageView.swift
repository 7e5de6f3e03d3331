/// The Chinese error page (404, 413, 500 …).
struct ErrorPageView {
    let layout: LayoutView
    let statusCode: Int
    let message: String
    let problems: [APIProblem]
    /// Stored for Mustache, which reads stored properties only.
    let hasProblems: Bool

    init(layout: LayoutView, statusCode: Int, message: String, problems: [APIProblem]) {
        self.layout = layout
        self.statusCode = statusCode
        self.message = message
        self.problems = problems
        self.hasProblems = !problems.isEmpty
    }
}
