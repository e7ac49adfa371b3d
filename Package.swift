// swift-tools-version: 6.0
// Cairn: a self-hostable microcredential platform for educators.
// No outside Swift package: only the toolchain and C libraries from Debian (see scripts/install-deps).
import PackageDescription

/// Release builds optimize across Cairn's modules: without it every generic of the HTML builder
/// used from the pages is looked up at run time (`swift_getGenericMetadata` was 8 % of a list page).
let optimizedAcrossModules: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Cairn",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cairn", targets: ["Cairn"]),
    ],
    targets: [
        // MARK: C libraries from Debian, wrapped once each
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CPostgres", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CMicroHTTPD", pkgConfig: "libmicrohttpd", providers: [.apt(["libmicrohttpd-dev"])]),
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The allocator of the `cairn` command (decision 0023).
        .systemLibrary(name: "CJemalloc", pkgConfig: "jemalloc", providers: [.apt(["libjemalloc-dev"])]),
        .systemLibrary(name: "CXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // MARK: Cairn's modules; dependencies point one way (docs/ARCHITECTURE in shared design)
        // Dates from a count of days and back, by arithmetic: for pages, the database and the log.
        .target(name: "CairnCalendar",
                swiftSettings: optimizedAcrossModules),
        // Locks for state that the request threads share: read-mostly caches, per-thread counters (decision 0022).
        .target(name: "CairnSync",
                swiftSettings: optimizedAcrossModules),
        .target(name: "CairnCore", dependencies: ["CairnCalendar"],
                swiftSettings: optimizedAcrossModules),
        .target(name: "CairnHTTP", dependencies: ["CMicroHTTPD", "CairnCalendar", "CairnSync"],
                swiftSettings: optimizedAcrossModules),
        .target(name: "CairnHTML", dependencies: ["CCmark"],
                swiftSettings: optimizedAcrossModules),
        // The credentials engine knows nothing of Cairn's domain: JSON-LD, RDF, proofs, status lists,
        // schemas, baked images (libxml2 reads SVGs).
        .target(name: "CairnCredentials", dependencies: ["CSodium", "COpenSSL", "CZlib", "CXML2", "CairnSync"],
                resources: [.copy("Standards")],
                swiftSettings: optimizedAcrossModules),
        .target(name: "CairnStore", dependencies: ["CairnCore", "CairnCalendar", "CSQLite", "CPostgres", "CSodium", "CairnSync"],
                swiftSettings: optimizedAcrossModules),
        .target(name: "CairnApp", dependencies: ["CairnCore", "CairnStore", "CairnCredentials", "CCurl", "CairnSync"],
                resources: [.copy("Demo/Designs"), .copy("Demo/Evidence"), .copy("Credentials/Badge")],
                swiftSettings: optimizedAcrossModules),
        .target(name: "CairnWeb", dependencies: ["CairnCore", "CairnApp", "CairnHTTP", "CairnHTML", "CairnSync"],
                resources: [.copy("Assets")],
                swiftSettings: optimizedAcrossModules),
        .executableTarget(name: "Cairn", dependencies: ["CairnApp", "CairnWeb", "CairnCore", "CairnCredentials", "CCurl", "CJemalloc"], swiftSettings: optimizedAcrossModules),
        // `make bench`: signing and verifying an OB 3.0 credential beside libsodium's raw Ed25519.
        .executableTarget(name: "CredentialsBench", dependencies: ["CairnCredentials", "CSodium", "CJemalloc"],
                          path: "bench/CredentialsBench", swiftSettings: optimizedAcrossModules),
        // `make bench`: issuing through the whole use case (award, signed credential, status entry) on SQLite.
        .executableTarget(name: "IssuanceBench", dependencies: ["CairnApp", "CairnCore", "CairnCredentials", "CJemalloc"],
                          path: "bench/IssuanceBench", swiftSettings: optimizedAcrossModules),

        // MARK: Tests, one target per module
        .testTarget(name: "CairnCalendarTests", dependencies: ["CairnCalendar"]),
        .testTarget(name: "CairnCoreTests", dependencies: ["CairnCore"]),
        .testTarget(name: "CairnSyncTests", dependencies: ["CairnSync"]),
        .testTarget(name: "CairnHTTPTests", dependencies: ["CairnHTTP"]),
        .testTarget(name: "CairnHTMLTests", dependencies: ["CairnHTML"]),
        .testTarget(name: "CairnCredentialsTests", dependencies: ["CairnCredentials"],
                    resources: [.copy("Suites")]),
        .testTarget(name: "CairnStoreTests", dependencies: ["CairnStore", "CairnCore"]),
        .testTarget(name: "CairnAppTests", dependencies: ["CairnApp", "CairnStore", "CairnCore", "CairnCredentials"]),
        .testTarget(name: "CairnWebTests", dependencies: ["CairnWeb", "CairnApp", "CairnStore", "CairnHTTP", "CairnHTML", "CairnCore",
                                                     "CairnCredentials"],
                    exclude: ["Assets/uploads-harness.mjs"]),
        .testTarget(name: "CairnTests", dependencies: ["Cairn", "CairnApp", "CairnWeb", "CairnCredentials"]),
    ],
    swiftLanguageModes: [.v6]
)
