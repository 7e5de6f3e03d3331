import Foundation

/// The fixed parts of a .docx package: content types, relationships, document properties.
enum WordPackageParts {
    static let header: StaticString = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let wordTypes = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static func contentTypes(hasEvenFooter: Bool) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/word/document.xml" ContentType="\#(wordTypes).document.main+xml"/>"#
        out += #"<Override PartName="/word/styles.xml" ContentType="\#(wordTypes).styles+xml"/>"#
        out += #"<Override PartName="/word/settings.xml" ContentType="\#(wordTypes).settings+xml"/>"#
        out += #"<Override PartName="/\#(WordSection.defaultFooterPath)" ContentType="\#(wordTypes).footer+xml"/>"#
        if hasEvenFooter {
            out += #"<Override PartName="/\#(WordSection.evenFooterPath)" ContentType="\#(wordTypes).footer+xml"/>"#
        }
        out +=
            #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        out +=
            #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        out += "</Types>"
        return out
    }

    static let rootRelationships =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="\#(packageRelationships)/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="\#(officeRelationships)/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    static func documentRelationships(hasEvenFooter: Bool) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<Relationships xmlns="\#(packageRelationships)">"#
        out += #"<Relationship Id="rIdStyles" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
        out += #"<Relationship Id="rIdSettings" Type="\#(officeRelationships)/settings" Target="settings.xml"/>"#
        out +=
            #"<Relationship Id="\#(WordSection.defaultFooterID)" Type="\#(officeRelationships)/footer" Target="footer1.xml"/>"#
        if hasEvenFooter {
            out +=
                #"<Relationship Id="\#(WordSection.evenFooterID)" Type="\#(officeRelationships)/footer" Target="footer2.xml"/>"#
        }
        out += "</Relationships>"
        return out
    }

    static let appProperties =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#
        + #"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
        + "<Application>Taizhang</Application></Properties>"

    static func coreProperties(title: String, date: Date) -> [UInt8] {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let stamp = formatter.string(from: date)
        var xml = WordXML(capacity: 1024)
        xml.raw(header)
        xml.raw(
            #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#)
        xml.raw(#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#)
        xml.raw(
            #"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#)
        xml.raw("<dc:title>")
        xml.text(title)
        xml.raw("</dc:title><dc:creator>台账</dc:creator>")
        xml.raw(#"<dcterms:created xsi:type="dcterms:W3CDTF">"#)
        xml.raw(stamp)
        xml.raw(#"</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">"#)
        xml.raw(stamp)
        xml.raw("</dcterms:modified></cp:coreProperties>")
        return xml.bytes
    }
}
