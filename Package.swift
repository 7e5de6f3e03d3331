// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Taizhang",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "taizhang", targets: ["taizhang"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(name: "TaizhangCore", swiftSettings: swiftSettings),
        .target(
            name: "TaizhangStore",
            dependencies: [
                "TaizhangCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TaizhangOffice",
            dependencies: ["TaizhangCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .target(name: "TaizhangCharts", dependencies: ["TaizhangCore"], swiftSettings: swiftSettings),
        .target(
            name: "TaizhangWeb",
            dependencies: [
                "TaizhangCore", "TaizhangStore", "TaizhangOffice", "TaizhangCharts",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "taizhang",
            dependencies: [
                "TaizhangCore", "TaizhangStore", "TaizhangOffice", "TaizhangWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TaizhangCoreTests", dependencies: ["TaizhangCore"],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "TaizhangStoreTests", dependencies: ["TaizhangStore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TaizhangOfficeTests", dependencies: ["TaizhangOffice"],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "TaizhangChartsTests", dependencies: ["TaizhangCharts"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TaizhangWebTests",
            dependencies: ["TaizhangWeb", .product(name: "HummingbirdTesting", package: "hummingbird")],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
