/// Accumulates the markup of one accessible `<svg>` element: role="img", an aria-label and a `<title>`.
struct SVGDocument {
    let width: Double
    let height: Double
    let title: String
    let description: String?
    private(set) var body: [String] = []

    init(width: Double, height: Double, title: String, description: String? = nil) {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
    }

    mutating func append(_ element: String) { body.append(element) }

    /// A text element; `text` is escaped here so callers cannot forget.
    mutating func text(
        _ text: String, x: Double, y: Double, anchor: String = "start", className: String, extra: String = ""
    ) {
        body.append(
            "<text x=\"\(SVGCoordinate.format(x))\" y=\"\(SVGCoordinate.format(y))\" text-anchor=\"\(anchor)\" "
                + "class=\"\(className)\"\(extra)>\(SVGEscaping.escape(text))</text>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        let f = SVGCoordinate.format
        body.append(
            "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" class=\"\(className)\"/>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, className: String, radius: Double = 0) {
        let f = SVGCoordinate.format
        let corner = radius > 0 ? " rx=\"\(f(radius))\"" : ""
        body.append(
            "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(width, 0)))\" height=\"\(f(max(height, 0)))\""
                + "\(corner) class=\"\(className)\"/>")
    }

    /// The finished markup. It scales to its container (viewBox, width 100%) and carries its own styles and
    /// system CJK font stack so that the same SVG works inside a page and stand-alone in a document.
    func render(className: String) -> String {
        let escapedTitle = SVGEscaping.escape(title)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tz-chart \(className)\" "
        out += "viewBox=\"0 0 \(SVGCoordinate.format(width)) \(SVGCoordinate.format(height))\" "
        out += "width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"\(escapedTitle)\" "
        out += "font-family=\"\(ChartStyle.fontFamily)\">"
        out += "<title>\(escapedTitle)</title>"
        if let description { out += "<desc>\(SVGEscaping.escape(description))</desc>" }
        out += "<style>\(ChartStyle.css)</style>"
        out += body.joined()
        out += "</svg>"
        return out
    }
}
