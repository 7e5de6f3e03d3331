import Foundation
import Logging
import NIOPosix
import NIOSSL
import PostgresKit

/// A `postgres://user:password@host:port/database?sslmode=…&connect_timeout=…` URL, read into what
/// `PostgresClient` and a single probing `PostgresConnection` need (neither takes URLs).
struct PostgresURL {
    enum TLSMode { case disable, prefer, require }

    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String?
    var tlsMode: TLSMode
    var connectTimeoutSeconds: Int

    init(_ url: String) throws {
        guard let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql",
            let host = components.host, !host.isEmpty
        else { throw StoreError.invalidLocation(DatabaseLocation.postgres(url: url).description) }
        func query(_ names: [String]) -> String? {
            components.queryItems?.first(where: { names.contains($0.name.lowercased()) })?.value?.lowercased()
        }
        self.host = host
        port = components.port ?? 5432
        username = components.user ?? "postgres"
        password = components.password
        let path = String(components.path.drop(while: { $0 == "/" }))
        database = path.isEmpty ? nil : path
        tlsMode =
            switch query(["sslmode", "tlsmode", "ssl", "tls"]) ?? "prefer" {
            case "disable", "false": .disable
            case "require", "verify-ca", "verify-full": .require
            default: .prefer
            }
        // libpq's name for it.
        connectTimeoutSeconds = query(["connect_timeout"]).flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 10
    }

    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS =
            switch tlsMode {
            case .disable: .disable
            case .prefer: .prefer(.makeClientConfiguration())
            case .require: .require(.makeClientConfiguration())
            }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.maximumConnections = 10
        configuration.options.connectTimeout = .seconds(Int64(connectTimeoutSeconds))
        return configuration
    }

    /// Connects once and disconnects, so that a wrong address, password or database name fails `open` at once
    /// with the server's reason; the pool would retry quietly for a minute before failing requests.
    func probe(logger: Logger) async throws {
        let tls: PostgresConnection.Configuration.TLS =
            switch tlsMode {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(connectTimeoutSeconds))
        do {
            let connection = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch {
            throw StoreError.engine("cannot connect to PostgreSQL at \(host):\(port): \(String(reflecting: error))")
        }
    }

    /// The same URL pointing at another database on the same server (tests create one per case).
    static func replacingDatabase(in url: String, with database: String) -> String? {
        guard var components = URLComponents(string: url) else { return nil }
        components.path = "/" + database
        return components.string
    }
}
