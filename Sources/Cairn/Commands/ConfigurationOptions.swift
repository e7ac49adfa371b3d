import CairnApp

/// The settings every command shares, as flags with their environment variables.
enum ConfigurationOptions {
    /// Options for commands that only open the database.
    static let storage: [OptionSpec] = [
        .value("--data-dir", "path", help: "Keep the database, files and uploads in this directory (default ./data).",
               environment: "CAIRN_DATA_DIR"),
        .value("--database-url", "url", help: "Use this PostgreSQL database instead of the embedded SQLite one.",
               environment: "CAIRN_DATABASE_URL"),
    ]

    /// Options for commands that issue credentials (`serve`, `demo`, `keys`): where Cairn is reached and how issuers are named.
    /// The master key sealing signing keys comes from `CAIRN_MASTER_KEY` only (a flag would show in the process list).
    static let issuing: [OptionSpec] = [
        .value("--public-url", "url", help: "Use this URL in emailed links and issued credentials; https marks cookies Secure.",
               environment: "CAIRN_PUBLIC_URL"),
        .value("--issuer-did", "method", help: "Name issuers with 'web' (did:web at the public URL), 'key' (did:key), or 'auto' "
               + "(did:web when the public URL is https; the default).", environment: "CAIRN_ISSUER_DID"),
    ]

    /// Options for `serve`: storage plus the web server and mail.
    static let server: [OptionSpec] = storage + issuing + [
        .value("--host", "address", help: "Listen on this address (default 127.0.0.1).", environment: "CAIRN_HOST"),
        .value("--port", "number", help: "Listen on this TCP port; 0 picks a free one (default 8080).",
               environment: "CAIRN_PORT"),
        .value("--smtp-url", "url", help: "Deliver mail through this SMTP server (smtp:// or smtps://).",
               environment: "CAIRN_SMTP_URL"),
        .value("--mail-from", "address", help: "Send mail from this address.", environment: "CAIRN_MAIL_FROM"),
        .value("--env", "name", help: "Run as 'development' or 'production' (default development).",
               environment: "CAIRN_ENV"),
        .value("--threads", "count", help: "Serve requests on this many threads (default 8).",
               environment: "CAIRN_THREADS"),
        .value("--max-body-mb", "megabytes", help: "Refuse request bodies larger than this (default 64).",
               environment: "CAIRN_MAX_BODY_MB"),
        .value("--max-upload-gb", "gigabytes", help: "Refuse evidence files larger than this (default 5).",
               environment: "CAIRN_MAX_UPLOAD_GB"),
        .value("--max-storage-per-person-gb", "gigabytes",
               help: "Most one person may keep: evidence files and uploads not added to evidence (default 20).",
               environment: "CAIRN_MAX_STORAGE_PER_PERSON_GB"),
        .value("--shutdown-grace", "seconds", help: "After SIGTERM, give running requests this long before cutting them (default 10).",
               environment: "CAIRN_SHUTDOWN_GRACE"),
        OptionSpec(name: "--trust-proxy", kind: .flag, help: "Take the client's address and https from X-Forwarded-For and X-Forwarded-Proto.",
                   environment: "CAIRN_TRUST_PROXY"),
        .value("--metrics-token", "token", help: "Let scrapers on other hosts read /metrics with this bearer token.",
               environment: "CAIRN_METRICS_TOKEN"),
    ]

    /// Resolves each setting: the flag, else the environment variable, else the default.
    static func resolve(_ arguments: ParsedArguments, environment: [String: String]) throws(UsageError) -> AppConfiguration {
        var configuration = AppConfiguration()
        func setting(_ flag: String) -> String? {
            if let value = arguments.value(flag) { return value }
            let spec = (server).first { $0.name == flag }
            if let variable = spec?.environment, let value = environment[variable], !value.isEmpty { return value }
            return nil
        }
        func integer(_ flag: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
            guard let text = setting(flag) else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw UsageError("Invalid value '\(text)' for '\(flag)': expected a number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        if let value = setting("--data-dir") { configuration.dataDirectory = value }
        if let value = setting("--database-url") { configuration.databaseURL = value }
        if let value = setting("--host") { configuration.host = value }
        if let value = try integer("--port", in: 0...65535) { configuration.port = value }
        if let value = setting("--public-url") {
            guard value.hasPrefix("http://") || value.hasPrefix("https://") else {
                throw UsageError("Invalid value '\(value)' for '--public-url': expected an http:// or https:// URL")
            }
            configuration.publicURL = value
        }
        if let value = setting("--issuer-did") {
            guard let method = IssuerDIDMethod(rawValue: value) else {
                throw UsageError("Invalid value '\(value)' for '--issuer-did': expected 'web', 'key' or 'auto'")
            }
            configuration.issuerDID = method
        }
        if let key = environment["CAIRN_MASTER_KEY"], !key.isEmpty { configuration.masterKey = key }
        if let value = setting("--smtp-url") {
            guard value.hasPrefix("smtp://") || value.hasPrefix("smtps://") else {
                throw UsageError("Invalid value '\(value)' for '--smtp-url': expected an smtp:// or smtps:// URL")
            }
            configuration.smtpURL = value
        }
        if let value = setting("--mail-from") { configuration.mailFrom = value }
        if let value = setting("--env") {
            guard let parsed = AppConfiguration.Environment(rawValue: value) else {
                throw UsageError("Invalid value '\(value)' for '--env': expected 'development' or 'production'")
            }
            configuration.environment = parsed
        }
        if let value = try integer("--threads", in: 1...256) { configuration.threads = value }
        if let value = try integer("--max-body-mb", in: 1...1_048_576) { configuration.maxBodyBytes = Int64(value) << 20 }
        if let value = try integer("--max-upload-gb", in: 1...1024) { configuration.uploadLimits.maximumBytes = Int64(value) << 30 }
        if let value = try integer("--max-storage-per-person-gb", in: 1...100_000) {
            configuration.storageQuota.maximumBytesPerPerson = Int64(value) << 30
        }
        if let value = try integer("--shutdown-grace", in: 0...3600) { configuration.shutdownGraceSeconds = value }
        if let value = setting("--metrics-token") {
            guard value.count >= 16 else {
                throw UsageError("Invalid value for '--metrics-token': use at least 16 characters")
            }
            configuration.metricsToken = value
        }
        if arguments.flag("--trust-proxy") || ["1", "true", "yes"].contains(environment["CAIRN_TRUST_PROXY"]?.lowercased() ?? "") {
            configuration.trustProxy = true
        }
        if environment["CAIRN_FAST_PASSWORD_HASHING"] == "1" { configuration.fastPasswordHashing = true }
        return configuration
    }
}
