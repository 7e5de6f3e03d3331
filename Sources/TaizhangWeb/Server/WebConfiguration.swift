import Foundation

/// How the web application listens and what it accepts: address, upload limit, and a fixed clock for tests.
public struct WebConfiguration: Sendable {
    /// Host name or address to bind, e.g. "127.0.0.1" (loopback) or "0.0.0.0" (all interfaces).
    public var host: String
    public var port: Int
    /// Largest request body accepted (an uploaded sheet), in bytes; bigger uploads get a Chinese 413.
    public var uploadLimit: Int
    /// Name shown in the server header and logs.
    public var serverName: String
    /// The month pages open on when none is chosen and the unit has no data; nil means the month before now.
    public var defaultMonth: String?
    /// A zone's month counts as late (逾期) after this day of the following month while still not submitted.
    public var reviewDeadlineDay: Int

    public static let defaultUploadLimit = 20 * 1024 * 1024

    public init(
        host: String = "127.0.0.1", port: Int = 8080, uploadLimit: Int = WebConfiguration.defaultUploadLimit,
        serverName: String = "Taizhang", defaultMonth: String? = nil, reviewDeadlineDay: Int = 10
    ) {
        self.reviewDeadlineDay = min(max(reviewDeadlineDay, 1), 28)
        self.host = host
        self.port = port
        self.uploadLimit = uploadLimit
        self.serverName = serverName
        self.defaultMonth = defaultMonth
    }

    /// The upload limit in whole megabytes, as Chinese messages state it ("20 MB").
    public var uploadLimitText: String {
        let megabytes = Double(uploadLimit) / 1_048_576
        return megabytes == megabytes.rounded() ? "\(Int(megabytes)) MB" : "\(uploadLimit / 1024) KB"
    }
}
