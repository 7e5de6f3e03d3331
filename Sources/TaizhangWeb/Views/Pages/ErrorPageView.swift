/// The Chinese error page (404, 413, 500 …).
struct ErrorPageView {
    let layout: LayoutView
    let statusCode: Int
    let message: String
    let problems: [APIProblem]
    var hasProblems: Bool { !problems.isEmpty }
}
