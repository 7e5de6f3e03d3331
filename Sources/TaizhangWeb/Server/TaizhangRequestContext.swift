import Hummingbird
import TaizhangCore

/// Per-request state of the Taizhang web application: who is signed in and how, the flash message carried over
/// from the previous form post, and the upload limit in force.
public struct TaizhangRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The one-time message from a POST-redirect-GET (e.g. "已保存"), read from its cookie by `FlashMiddleware`.
    public var flash: FlashMessage?
    /// Set from the configuration by `UploadLimitMiddleware`; used by every body read.
    public var uploadLimit: Int
    /// The signed-in user, set by `AuthenticationMiddleware`; nil only on public paths (/login, /health, static).
    public var user: User?
    /// How the user proved who she is; decides whether a CSRF token is needed.
    var credential: Credential?
    /// Set by `Authorizer` for routes that name an action: the grant, action and tree the handler works under.
    var access: AccessScope?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.flash = nil
        self.uploadLimit = WebConfiguration.defaultUploadLimit
        self.user = nil
        self.credential = nil
        self.access = nil
    }

    public var maxUploadSize: Int { uploadLimit }

    /// The session's CSRF token for forms to echo; nil for API-token clients and anonymous requests.
    var csrfToken: String? {
        if case .session(_, let token) = credential { return token }
        return nil
    }
}

/// How a request was authenticated.
enum Credential: Sendable, Hashable {
    /// A browser session cookie: the session id and the CSRF token bound to it.
    case session(id: String, csrfToken: String)
    /// `Authorization: Bearer tzk_…` of a machine client; needs no CSRF token.
    case apiToken
}
