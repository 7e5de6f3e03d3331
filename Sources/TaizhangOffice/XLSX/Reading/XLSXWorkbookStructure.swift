import Foundation

/// The workbook's structure found through its relationships: sheets with their parts, the shared-string
/// and styles parts, and the date system. Falls back to conventional part names when relationships are missing.
struct XLSXWorkbookStructure {
    var sheets: [XLSXSheet] = []
    var sharedStringsPart: String?
    var stylesPart: String?
    var usesDate1904 = false

    init(package: XLSXPackage) throws {
        let fileName = package.fileName
        var workbookPart = "xl/workbook.xml"
        if let data = try package.data(of: "_rels/.rels"), let rels = XMLElementList(data: data) {
            for relation in rels.all("Relationship") {
                guard let type = relation.attribute("Type"), let target = relation.attribute("Target") else {
                    continue
                }
                if type.hasSuffix("/officeDocument") {
                    let resolved = XLSXPartPath.resolve(target: target, relativeTo: "")
                    if package.contains(resolved) { workbookPart = resolved }
                }
            }
        }
        guard let workbookData = try package.data(of: workbookPart) else {
            if package.contains("word/document.xml") { throw OfficeFileError.wordDocument(fileName: fileName) }
            throw OfficeFileError.notAnXLSX(fileName: fileName)
        }
        guard let workbook = XMLElementList(data: workbookData) else {
            throw OfficeFileError.damaged(fileName: fileName, detail: "workbook.xml is not well-formed")
        }
        if let properties = workbook.all("workbookPr").first, let value = properties.attribute("date1904") {
            usesDate1904 = value == "1" || value.lowercased() == "true"
        }

        var targets: [String: (type: String, part: String)] = [:]
        let relsPart = XLSXPartPath.relationshipsPart(of: workbookPart)
        if let data = try package.data(of: relsPart), let rels = XMLElementList(data: data) {
            for relation in rels.all("Relationship") {
                guard let id = relation.attribute("Id"), let target = relation.attribute("Target"),
                    relation.attribute("TargetMode") != "External"
                else { continue }
                let type = relation.attribute("Type") ?? ""
                let part = XLSXPartPath.resolve(target: target, relativeTo: workbookPart)
                targets[id] = (type, part)
                if type.hasSuffix("/sharedStrings") { sharedStringsPart = part }
                if type.hasSuffix("/styles") { stylesPart = part }
            }
        }
        let directory = XLSXPartPath.directory(of: workbookPart)
        let prefix = directory.isEmpty ? "" : directory + "/"
        if sharedStringsPart.map({ !package.contains($0) }) ?? true {
            sharedStringsPart = package.contains(prefix + "sharedStrings.xml") ? prefix + "sharedStrings.xml" : nil
        }
        if stylesPart.map({ !package.contains($0) }) ?? true {
            stylesPart = package.contains(prefix + "styles.xml") ? prefix + "styles.xml" : nil
        }

        for (position, element) in workbook.all("sheet").filter({ $0.parent == "sheets" }).enumerated() {
            let name = element.attribute("name") ?? "Sheet\(position + 1)"
            let visibility: XLSXSheet.Visibility =
                switch element.attribute("state") {
                case "hidden": .hidden
                case "veryHidden": .veryHidden
                default: .visible
                }
            let part: String?
            if let id = element.attribute("id", prefixed: true), let target = targets[id] {
                // Chart sheets and dialog sheets hold no cells.
                let isWorksheet = target.type.isEmpty || target.type.hasSuffix("/worksheet")
                part = isWorksheet && package.contains(target.part) ? target.part : nil
            } else {
                // No usable relationship (missing or damaged .rels): try the conventional part name.
                let guess = "\(prefix)worksheets/sheet\(position + 1).xml"
                part = package.contains(guess) ? guess : nil
            }
            sheets.append(XLSXSheet(name: name, index: position, visibility: visibility, partPath: part))
        }
        guard !sheets.isEmpty else { throw OfficeFileError.noWorksheet(fileName: fileName) }
    }
}
