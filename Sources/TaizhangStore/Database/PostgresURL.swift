import Foundation
import NIOSSL
import PostgresKit

/// Turns a `postgres://user:password@host:port/database?sslmode=…` URL into a `PostgresClient` configuration
/// (PostgresClient itself takes no URLs).
enum PostgresURL {
    static func clientConfiguration(url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql",
            let host = components.host, !host.isEmpty
        else { throw StoreError.invalidLocation(DatabaseLocation.postgres(url: url).description) }
        let database = String(components.path.drop(while: { $0 == "/" }))
        let mode = components.queryItems?
            .first(where: { ["sslmode", "tlsmode", "ssl", "tls"].contains($0.name.lowercased()) })?
            .value?.lowercased() ?? "prefer"
        let tls: PostgresClient.Configuration.TLS =
            switch mode {
            case "disable", "false": .disable
            case "require", "verify-ca", "verify-full": .require(.makeClientConfiguration())
            default: .prefer(.makeClientConfiguration())
            }
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database, tls: tls)
        configuration.options.maximumConnections = 10
        return configuration
    }

    /// The same URL pointing at another database on the same server (tests create one per case).
    static func replacingDatabase(in url: String, with database: String) -> String? {
        guard var components = URLComponents(string: url) else { return nil }
        components.path = "/" + database
        return components.string
    }
}
