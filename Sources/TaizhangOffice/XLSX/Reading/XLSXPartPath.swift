import Foundation

/// Resolution of relationship targets to zip entry names, tolerant of what WPS and other writers produce:
/// absolute targets ("/xl/worksheets/sheet1.xml"), backslashes, "./" and "../" segments, percent-encoding.
enum XLSXPartPath {
    /// The normalized, case-folded key under which an entry is looked up.
    static func key(_ path: String) -> String {
        normalize(path).lowercased()
    }

    /// Removes a leading slash, turns backslashes into slashes and resolves "." and ".." segments.
    static func normalize(_ path: String) -> String {
        let slashed = path.replacingOccurrences(of: "\\", with: "/")
        var segments: [Substring] = []
        for segment in slashed.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }

    /// The part a relationship target points to, given the part whose relationships name it.
    static func resolve(target: String, relativeTo sourcePart: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        let slashed = decoded.replacingOccurrences(of: "\\", with: "/")
        if slashed.hasPrefix("/") { return normalize(slashed) }
        let directory = self.directory(of: sourcePart)
        return normalize(directory.isEmpty ? slashed : directory + "/" + slashed)
    }

    /// The folder of a part ("xl/workbook.xml" → "xl").
    static func directory(of part: String) -> String {
        let normalized = normalize(part)
        guard let slash = normalized.lastIndex(of: "/") else { return "" }
        return String(normalized[..<slash])
    }

    /// The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels").
    static func relationshipsPart(of part: String) -> String {
        let normalized = normalize(part)
        let directory = self.directory(of: normalized)
        let name = normalized.split(separator: "/").last.map(String.init) ?? normalized
        return directory.isEmpty ? "_rels/\(name).rels" : "\(directory)/_rels/\(name).rels"
    }
}
