/// Colours and fonts shared by every chart, in one place so pages and documents look alike.
enum ChartStyle {
    /// System fonts only: the product runs on intranets without web fonts.
    static let fontFamily =
        "&quot;Noto Sans CJK SC&quot;, &quot;Source Han Sans SC&quot;, &quot;Microsoft YaHei&quot;, &quot;PingFang SC&quot;, sans-serif"

    static let css = """
        .grid{stroke:#e3e7ee;stroke-width:1}.axis{stroke:#9aa5b5;stroke-width:1}\
        .tick{fill:#5b6676;font-size:13px}.label{fill:#1f2a3a;font-size:13px}\
        .value{fill:#1f2a3a;font-size:13px;font-weight:600}.legend{fill:#3b4656;font-size:13px}\
        .s0{stroke:#c0392b;fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}\
        .s1{stroke:#7f8c9d;fill:none;stroke-width:2;stroke-dasharray:5 4;stroke-linejoin:round}\
        .a0{fill:#c0392b;fill-opacity:.10;stroke:none}.m0{fill:#c0392b}.m1{fill:#7f8c9d}\
        .sw0{fill:#c0392b}.sw1{fill:#7f8c9d}\
        .bar{fill:#8fa6c4}.bar-hi{fill:#1d5fa8}.bar-neg{fill:#6aa57d}\
        .track{fill:#e8ecf2}.fill-ok{fill:#1d7a4f}.fill-behind{fill:#d9822b}\
        .marker{stroke:#1f2a3a;stroke-width:2}
        """
}
