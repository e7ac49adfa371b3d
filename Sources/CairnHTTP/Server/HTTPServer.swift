import CMicroHTTPD
import Dispatch
import Foundation
import Synchronization

/// The HTTP/1.1 server: libmicrohttpd with a thread pool and epoll, answering with `responder`.
///
/// Handlers run synchronously on the pool's threads (blocking database work is fine there).
/// The server enforces the body, header and connection limits of its configuration, streams
/// uploads to temporary files, logs one line per request and records metrics.
public final class HTTPServer: Sendable {
    /// Why the server could not start.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The daemon pointer, owned here; stopped and forgotten by `stop()`.
    private struct Daemon: @unchecked Sendable { let handle: OpaquePointer }

    private let context: ServerContext
    private let daemon = Mutex<Daemon?>(nil)
    private let boundPort = Mutex(0)

    public init(configuration: ServerConfiguration, logger: Logger, metrics: Metrics, responder: @escaping Handler) {
        context = ServerContext(configuration: configuration, logger: logger, metrics: metrics, responder: responder)
    }

    deinit { stop() }

    /// The bound port (the ephemeral one when configured with 0); 0 before `start()`.
    public var port: Int { boundPort.withLock { $0 } }

    /// Binds and starts serving on background threads.
    /// - Throws: `StartError` when the address is not numeric or the port cannot be bound.
    public func start() throws {
        let configuration = context.configuration
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)  // over a file-size limit, a write fails with EFBIG instead of killing the process
        var address = sockaddr_storage()
        guard (0...65535).contains(configuration.port),
              cairn_make_sockaddr(configuration.host, UInt16(configuration.port), &address) > 0 else {
            throw StartError(description: "cannot listen on \(configuration.host):\(configuration.port)")
        }
        var flags = MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_EPOLL.rawValue | MHD_USE_ERROR_LOG.rawValue
            | MHD_USE_ITC.rawValue
        if address.ss_family == sa_family_t(AF_INET6) { flags |= MHD_USE_IPv6.rawValue }
        var options = [
            MHD_OptionItem(option: .THREAD_POOL_SIZE, value: max(1, configuration.threadPoolSize), ptr_value: nil),
            // Room beyond the head limit, so FramingCheck answers an oversized head itself (with the
            // security headers); only a head 16 KB over the limit meets libmicrohttpd's own bare 431.
            // libmicrohttpd clears this much memory for every request: it is kept no larger.
            MHD_OptionItem(option: .CONNECTION_MEMORY_LIMIT, value: configuration.maxHeaderBytes + (16 << 10), ptr_value: nil),
            MHD_OptionItem(option: .CONNECTION_LIMIT, value: configuration.connectionLimit, ptr_value: nil),
            MHD_OptionItem(option: .CONNECTION_TIMEOUT, value: configuration.connectionTimeout, ptr_value: nil),
            MHD_OptionItem(option: .END, value: 0, ptr_value: nil),
        ]
        let cls = Unmanaged.passUnretained(context).toOpaque()
        let started = withUnsafePointer(to: &address) { storage in
            storage.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                options.withUnsafeMutableBufferPointer { items in
                    cairn_mhd_start_daemon(flags, UInt16(configuration.port), socketAddress,
                                           accessHandler, cls, requestCompleted, cls, uriLog, cls, items.baseAddress)
                }
            }
        }
        guard let started else {
            throw StartError(description: "cannot start the HTTP server on \(configuration.host):\(configuration.port)")
        }
        let port = Int(cairn_mhd_bound_port(started))
        daemon.withLock { $0 = Daemon(handle: started) }
        boundPort.withLock { $0 = port }
        context.logger.info("listening", [("host", configuration.host), ("port", String(port)),
                                          ("threads", String(configuration.threadPoolSize))])
    }

    /// Stops gracefully and returns as soon as the last request in flight is answered.
    ///
    /// The listening socket is closed at once (new connections are refused); requests already
    /// begun are answered with `Connection: close`; a request that begins afterwards on a kept-alive
    /// connection gets a 503 without reaching the handler. Requests still running after
    /// `shutdownGracePeriod` are cut when the daemon stops. Safe to call twice.
    public func stop() {
        guard let daemon = daemon.withLock({ current -> Daemon? in defer { current = nil }; return current }) else { return }
        context.startDraining()
        let listener = MHD_quiesce_daemon(daemon.handle)
        if listener >= 0 { close(listener) }
        let deadline = ContinuousClock.now + .milliseconds(Int(context.configuration.shutdownGracePeriod * 1000))
        while context.requestsInFlight > 0, ContinuousClock.now < deadline {
            usleep(5_000)
        }
        let unfinished = context.requestsInFlight
        MHD_stop_daemon(daemon.handle)
        context.logger.info("stopped", [("unfinished_requests", String(unfinished))])
    }

    /// Serves until SIGTERM or SIGINT, then stops gracefully and returns (so the process can exit 0).
    public func runUntilSignalled() {
        let received = DispatchSemaphore(value: 0)
        let signals = [SIGTERM, SIGINT]
        let sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { received.signal() }
            source.resume()
            return source
        }
        received.wait()
        context.logger.info("signal received, stopping")
        stop()
        for source in sources { source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }
}
