import Hummingbird

/// Per-request state of the Taizhang web application: the flash message carried over from the previous form
/// post, and the upload limit in force.
public struct TaizhangRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The one-time message from a POST-redirect-GET (e.g. "已保存"), read from its cookie by `FlashMiddleware`.
    public var flash: FlashMessage?
    /// Set from the configuration by `UploadLimitMiddleware`; used by every body read.
    public var uploadLimit: Int

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.flash = nil
        self.uploadLimit = WebConfiguration.defaultUploadLimit
    }

    public var maxUploadSize: Int { uploadLimit }
}
