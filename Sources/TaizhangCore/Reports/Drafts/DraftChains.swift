/// Links figures written one after another — enumerations (`9.8、6.2、2.0个百分点`, `分别实现XX亿元、XX亿元`) and
/// ranges (`1—10亿元`, `第16至23批次`) — and gives every figure of such a chain the unit written at its end.
enum DraftChains {
    static func link(_ a: inout DraftAnalysis) {
        let t = a.text
        let n = a.runs.count
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n, a.types[j] == .number, a.types[j + 1] == .number, a.ratioPart[j] == nil {
                let gapStart = a.units[j]?.end ?? a.runs[j].end
                guard a.runs[j + 1].start == gapStart + 1, let sep = t[gapStart], isSeparator(sep) else { break }
                // A range connector joins only figures without a unit between them (`1—10亿元`).
                // `分别增加7个和5个`: 和/及 between two figures of the same unit also joins them.
                if sep != "、" && a.units[j] != nil
                    && !((sep == "和" || sep == "及") && a.units[j + 1]?.key == a.units[j]?.key)
                {
                    break
                }
                j += 1
            }
            if j > i {
                for k in i...j {
                    a.chainHead[k] = i
                    a.chainIndex[k] = k - i
                    a.chainLength[k] = j - i + 1
                }
                var unit = a.units[j]
                var k = j - 1
                while k >= i {
                    if a.units[k] == nil { a.units[k] = unit } else { unit = a.units[k] }
                    k -= 1
                }
            }
            i = j + 1
        }
    }

    private static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        c == "、" || c == "至" || c == "到" || c == "-" || c == "—" || c == "–" || c == "~" || c == "～" || c == "和"
            || c == "及" || c == "或"
    }
}
