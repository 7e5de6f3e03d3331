import Foundation

/// Finds the main document part of a package: the target of the root `officeDocument` relationship, which is
/// `word/document.xml` for Word, WPS and LibreOffice but may be named otherwise (`word/document2.xml`).
enum DOCXMainPart {
    static let conventional = "word/document.xml"

    static func locate(in package: XLSXPackage) throws -> String? {
        if let rels = try package.data(of: "_rels/.rels"), let target = officeDocumentTarget(rels),
            package.contains(target)
        {
            return target
        }
        return package.contains(conventional) ? conventional : nil
    }

    /// The target of the relationship whose type ends in "/officeDocument", as a package part name.
    static func officeDocumentTarget(_ rels: Data) -> String? {
        rels.withUnsafeBytes { raw -> String? in
            let b = raw.bindMemory(to: UInt8.self)
            var p = 0
            while let open = XMLByteScan.find(XMLByteScan.lt, in: b, from: p) {
                guard let close = XMLByteScan.tagEnd(in: b, from: open + 1) else { return nil }
                p = close + 1
                let nameEnd = XMLByteScan.nameEnd(in: b, from: open + 1)
                let local = XMLByteScan.localStart(in: b, from: open + 1, to: nameEnd)..<nameEnd
                guard XMLByteScan.equals(b, local, "Relationship") else { continue }
                var type: String?
                var target: String?
                XMLByteScan.forEachAttribute(in: b, nameEnd..<close) { name, value in
                    if XMLByteScan.equals(b, name, "Type") { type = DOCXCharacterData.string(b, value) }
                    if XMLByteScan.equals(b, name, "Target") { target = DOCXCharacterData.string(b, value) }
                }
                if let type, type.hasSuffix("/officeDocument"), let target {
                    return XLSXPartPath.resolve(target: target, relativeTo: "")
                }
            }
            return nil
        }
    }
}
