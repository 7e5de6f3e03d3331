import Foundation
import Hummingbird
import Mustache

/// Renders the Mustache templates shipped in the module's resources (`Resources/templates`) into HTML responses.
struct TemplateRenderer: Sendable {
    let library: MustacheLibrary

    /// Loads every `*.mustache` under the bundled templates folder; partials are referred to by file name.
    static func load() async throws -> TemplateRenderer {
        let library = try await MustacheLibrary(directory: WebResources.templatesDirectory.path)
        return TemplateRenderer(library: library)
    }

    init(library: MustacheLibrary) {
        self.library = library
    }

    /// Renders `template` with `view` (a struct whose properties the template names).
    func html(_ template: String, _ view: Any) throws -> String {
        guard let text = library.render(view, withTemplate: template) else {
            throw RenderingError.missingTemplate(template)
        }
        return text
    }

    /// An HTML page response; pages are never cached since they show live figures.
    func response(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        let text = try html(template, view)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    enum RenderingError: Error, CustomStringConvertible {
        case missingTemplate(String)

        var description: String {
            switch self {
            case .missingTemplate(let name): "template \(name).mustache is not in the bundle"
            }
        }
    }
}
