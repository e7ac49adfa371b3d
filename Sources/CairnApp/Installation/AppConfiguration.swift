import CairnCore
/// Everything an operator can set, from environment variables and the same-named CLI flags.
///
/// Each setting has a sane default so `cairn serve` with nothing set runs a development
/// instance on SQLite in `./data`.
public struct AppConfiguration: Sendable {
    /// Whether this instance runs for development (outbox page, mail in the log) or production.
    public enum Environment: String, Sendable { case development, production }

    /// Where the SQLite database, blobs and temporary uploads live.
    public var dataDirectory: String = "./data"
    /// The address to listen on.
    public var host: String = "127.0.0.1"
    /// The TCP port to listen on; 0 picks a free one.
    public var port: Int = 8080
    /// `postgres://…` for PostgreSQL; empty for the embedded SQLite database.
    public var databaseURL: String = ""
    /// The URL people reach Cairn at, used in emailed links; https here marks cookies Secure.
    public var publicURL: String = ""
    /// `smtp://user:password@host:port` (or `smtps://`) to deliver mail; empty logs it instead.
    public var smtpURL: String = ""
    /// The sender address of Cairn's mail.
    public var mailFrom: String = "Cairn <no-reply@cairn.invalid>"
    /// Development or production.
    public var environment: Environment = .development
    /// Request threads.
    public var threads: Int = 8
    /// The largest request body accepted, in bytes (413 beyond).
    public var maxBodyBytes: Int64 = 64 << 20
    /// After SIGTERM, how long requests already running may take before they are cut, in seconds.
    public var shutdownGraceSeconds: Int = 10
    /// Behind a reverse proxy: take the client's address and https from `X-Forwarded-For` and
    /// `X-Forwarded-Proto` (sign-in throttling per address, Secure cookies).
    public var trustProxy: Bool = false
    /// Resumable uploads: the largest file, uploads in progress per person, and how long an idle one is kept.
    public var uploadLimits = UploadLimits()
    /// The most one person may keep: evidence files and uploads not added to evidence, together.
    public var storageQuota = StorageQuota()
    /// `ffprobe` for a video's duration (its `ffmpeg` sibling makes the poster); nil, or a path that
    /// does not exist, and uploads work without them.
    public var ffprobePath: String? = "/usr/bin/ffprobe"
    /// A bearer token that lets a scraper on another host read `/metrics`; loopback may always read it.
    public var metricsToken: String = ""
    /// Password hashing strength: `minimal` only for tests and throwaway demos.
    public var fastPasswordHashing: Bool = false
    /// How long a public page's stamp read from the database is trusted before it is read again
    /// (decision 0010): how late another server's publish can show here.
    public var publicStampLifetime: Duration = .seconds(1)

    /// How organizations name themselves as issuers: did:web at the public URL, or did:key.
    public var issuerDID: IssuerDIDMethod = .automatic
    /// The master key sealing the organizations' signing keys, as 64 hexadecimal digits; empty: the
    /// `master.key` file in the data directory (made on first need).
    public var masterKey: String = ""

    public init() {}

    /// The base URL for links in mail: the public URL, or the listening address.
    public var baseURL: String {
        if !publicURL.isEmpty { return publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL }
        return "http://\(host):\(port)"
    }

    /// Whether cookies must carry `Secure`: Cairn is reached over https.
    public var secureCookies: Bool { publicURL.lowercased().hasPrefix("https://") }
}
