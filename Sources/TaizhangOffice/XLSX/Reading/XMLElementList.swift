import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of a small XML part (workbook, relationships, styles) as a flat list with local names and
/// their parent's local name; namespace prefixes are dropped, since writers choose them freely.
struct XMLElementList {
    /// One element: local name, parent's local name, attributes as written.
    struct Element {
        let name: String
        let parent: String?
        let attributes: [String: String]

        /// An attribute by local name, whatever its prefix ("r:id" and "id" both answer to "id" when
        /// `prefixed` is true, only prefixed ones then).
        func attribute(_ localName: String, prefixed: Bool = false) -> String? {
            if !prefixed, let value = attributes[localName] { return value }
            for (key, value) in attributes {
                if let colon = key.lastIndex(of: ":"), key[key.index(after: colon)...] == localName { return value }
            }
            return nil
        }
    }

    let elements: [Element]

    /// Parses `data`; nil when it is not well-formed XML.
    init?(data: Data) {
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { return nil }
        elements = collector.elements
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The parser's delegate; lives only during `init`.
    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var stack: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let local = Self.localName(elementName)
            elements.append(Element(name: local, parent: stack.last, attributes: attributeDict))
            stack.append(local)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            _ = stack.popLast()
        }

        static func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}
