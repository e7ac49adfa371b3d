#if canImport(Glibc)
import Glibc
#endif

/// How the HTTP server listens and what it accepts.
public struct ServerConfiguration: Sendable {
    /// The numeric address to bind (`127.0.0.1`, `0.0.0.0`, `::1`).
    public var host: String
    /// The port to bind; 0 picks a free one (see `HTTPServer.port`).
    public var port: Int
    /// Worker threads answering requests.
    public var threadPoolSize: Int
    /// Larger bodies get a 413.
    public var maxBodyBytes: Int
    /// Memory per connection for the request line and headers (larger headers get a 431).
    public var maxHeaderBytes: Int
    /// Open connections beyond this are refused.
    public var connectionLimit: Int
    /// Idle connections are closed after this many seconds.
    public var connectionTimeout: Int
    /// Where uploaded files are streamed.
    public var temporaryDirectory: String
    /// Believe `X-Forwarded-Proto` and `X-Forwarded-For` (only behind a reverse proxy that sets them).
    public var trustProxy: Bool
    /// How long `stop()` waits for in-flight requests, in seconds.
    public var shutdownGracePeriod: Double
    /// Headers every response carries unless it sets them itself, the server's own error answers
    /// (400, 413, 431) included: the security headers.
    public var responseHeaders: HTTPHeaders = HTTPHeaders()

    public init(host: String = "127.0.0.1", port: Int = 8080, threadPoolSize: Int = 8,
                maxBodyBytes: Int = 64 << 20, maxHeaderBytes: Int = 32 << 10, connectionLimit: Int = 1000,
                connectionTimeout: Int = 30, temporaryDirectory: String = ServerConfiguration.defaultTemporaryDirectory,
                trustProxy: Bool = false, shutdownGracePeriod: Double = 10) {
        self.host = host
        self.port = port
        self.threadPoolSize = threadPoolSize
        self.maxBodyBytes = maxBodyBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.connectionLimit = connectionLimit
        self.connectionTimeout = connectionTimeout
        self.temporaryDirectory = temporaryDirectory
        self.trustProxy = trustProxy
        self.shutdownGracePeriod = shutdownGracePeriod
    }

    /// `$TMPDIR`, or `/tmp`.
    public static var defaultTemporaryDirectory: String {
        guard let dir = getenv("TMPDIR") else { return "/tmp" }
        return String(cString: dir)
    }
}
