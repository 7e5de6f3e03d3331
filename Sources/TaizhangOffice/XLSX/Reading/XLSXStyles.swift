/// What a cell's number format says about its number: a date (serial days), a percentage, or plain.
enum XLSXNumberKind: UInt8, Sendable {
    case plain
    case date
    case percent
}

/// The number-format kind of every cell style (`cellXfs` index), read from styles.xml.
struct XLSXStyleTable: Sendable {
    var kinds: [XLSXNumberKind] = []

    func kind(ofStyle index: Int) -> XLSXNumberKind {
        index >= 0 && index < kinds.count ? kinds[index] : .plain
    }

    init() {}

    init(elements: XMLElementList) {
        var customFormats: [Int: String] = [:]
        for format in elements.all("numFmt") {
            if let id = format.attribute("numFmtId").flatMap({ Int($0) }), let code = format.attribute("formatCode") {
                customFormats[id] = code
            }
        }
        for xf in elements.elements where xf.name == "xf" && xf.parent == "cellXfs" {
            let id = xf.attribute("numFmtId").flatMap { Int($0) } ?? 0
            kinds.append(Self.kind(formatID: id, code: customFormats[id]))
        }
    }

    /// Built-in ids 14–22 and 45–47 are dates and times in every locale; 27–36 and 50–58 are the East Asian
    /// locales' date formats (年/月/日). A custom code is a date when it uses y, m or d outside quotes, brackets
    /// and escapes.
    static func kind(formatID: Int, code: String?) -> XLSXNumberKind {
        if let code { return kind(code: code) }
        switch formatID {
        case 14...22, 27...36, 45...47, 50...58: return .date
        case 9, 10: return .percent
        default: return .plain
        }
    }

    static func kind(code: String) -> XLSXNumberKind {
        var isDate = false
        var isPercent = false
        var inQuotes = false
        var inBrackets = false
        var skipNext = false
        // Only the first section (positive numbers) decides how the number reads.
        for character in code {
            if skipNext {
                skipNext = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBrackets {
                if character == "]" { inBrackets = false }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": skipNext = true
            case ";": return isDate ? .date : isPercent ? .percent : .plain
            case "y", "Y", "m", "M", "d", "D": isDate = true
            case "%": isPercent = true
            default: break
            }
        }
        return isDate ? .date : isPercent ? .percent : .plain
    }
}
