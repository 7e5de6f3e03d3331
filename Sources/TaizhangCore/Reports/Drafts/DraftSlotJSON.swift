/// The JSON printed by `taizhang draft read --json`: the contract's object with every key present.
public enum DraftSlotJSON {
    /// The contract's object: {"encoding": …, "slots": [ … ]} with every key present (null, not omitted),
    /// one slot per line, keys in the contract's order.
    public static func encode(encoding: String, slots: [DraftSlot]) -> String {
        var out = "{\"encoding\": \(quoted(encoding)), \"slots\": ["
        for (k, slot) in slots.enumerated() {
            out += k == 0 ? "\n" : ",\n"
            out += "  {\"start\": \(slot.start), \"end\": \(slot.end), \"text\": \(quoted(slot.text)), "
            out += "\"masked\": \(slot.masked), \"type\": \(quoted(slot.type.rawValue)), "
            out += "\"indicator\": \(optional(slot.indicator)), \"measure\": \(optional(slot.measure?.rawValue)), "
            out += "\"unit\": \(optional(slot.unit)), \"period\": \(optional(slot.period))}"
        }
        out += slots.isEmpty ? "]}\n" : "\n]}\n"
        return out
    }

    private static func optional(_ value: String?) -> String { value.map(quoted) ?? "null" }

    /// A JSON string literal; non-ASCII characters are written as they are (the output is UTF-8).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
