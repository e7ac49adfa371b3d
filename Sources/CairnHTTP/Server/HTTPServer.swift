import CMicroHTTPD
import Dispatch
import Foundation
import Synchronization

/// The HTTP/1.1 server: libmicrohttpd daemons on their own threads with epoll, answering with `responder`.
///
/// Handlers run synchronously on the pool's threads (blocking database work is fine there).
/// The server enforces the body, header and connection limits of its configuration, streams
/// uploads to temporary files, logs one line per request and records metrics.
public final class HTTPServer: Sendable {
    /// Why the server could not start.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The listening socket and the daemons it hands connections to, owned here; stopped and
    /// forgotten by `stop()`.
    private struct Running: Sendable {
        let listener: Listener
        let daemons: [Listener.Daemon]
    }

    private let context: ServerContext
    private let running = Mutex<Running?>(nil)
    private let boundPort = Mutex(0)

    public init(configuration: ServerConfiguration, logger: Logger, metrics: Metrics, responder: @escaping Handler) {
        context = ServerContext(configuration: configuration, logger: logger, metrics: metrics, responder: responder)
    }

    deinit { stop() }

    /// The bound port (the ephemeral one when configured with 0); 0 before `start()`.
    public var port: Int { boundPort.withLock { $0 } }

    /// Binds and starts serving on background threads: one libmicrohttpd daemon per thread, each
    /// with its own event loop, and one thread accepting connections and handing them out in turn.
    /// - Throws: `StartError` when the address is not numeric, the port cannot be bound or a
    ///   daemon cannot start.
    public func start() throws {
        let configuration = context.configuration
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)  // over a file-size limit, a write fails with EFBIG instead of killing the process
        var address = sockaddr_storage()
        let length = (0...65535).contains(configuration.port)
            ? cairn_make_sockaddr(configuration.host, UInt16(configuration.port), &address) : 0
        guard length > 0 else {
            throw StartError(description: "cannot listen on \(configuration.host):\(configuration.port)")
        }
        let threads = max(1, configuration.threadPoolSize)
        let connectionsPerDaemon = max(1, (configuration.connectionLimit + threads - 1) / threads)
        var daemons: [Listener.Daemon] = []
        let listener: Listener
        do {
            for _ in 0..<threads {
                guard let daemon = startDaemon(connectionLimit: connectionsPerDaemon) else {
                    throw StartError(description: "cannot start the HTTP server on \(configuration.host):\(configuration.port)")
                }
                daemons.append(daemon)
            }
            do {
                listener = try Listener(address: address, length: length, daemons: daemons, connectionsPerDaemon: connectionsPerDaemon)
            } catch {
                throw StartError(description: "cannot listen on \(configuration.host):\(configuration.port): \(error)")
            }
        } catch {
            for started in daemons { MHD_stop_daemon(started.handle) }  // what started before the failure
            throw error
        }
        running.withLock { $0 = Running(listener: listener, daemons: daemons) }
        boundPort.withLock { $0 = listener.port }
        context.logger.info("listening", [("host", configuration.host), ("port", String(listener.port)),
                                          ("threads", String(threads))])
    }

    /// One daemon and its thread, without a listening socket of its own.
    private func startDaemon(connectionLimit: Int) -> Listener.Daemon? {
        let configuration = context.configuration
        let flags = MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_EPOLL.rawValue | MHD_USE_ERROR_LOG.rawValue
            | MHD_USE_ITC.rawValue | MHD_USE_NO_LISTEN_SOCKET.rawValue
        var options = [
            // Room beyond the head limit, so FramingCheck answers an oversized head itself (with the
            // security headers); only a head 16 KB over the limit meets libmicrohttpd's own bare 431.
            // libmicrohttpd clears this much memory for every request: it is kept no larger.
            MHD_OptionItem(option: .CONNECTION_MEMORY_LIMIT, value: configuration.maxHeaderBytes + (16 << 10), ptr_value: nil),
            MHD_OptionItem(option: .CONNECTION_LIMIT, value: connectionLimit, ptr_value: nil),
            MHD_OptionItem(option: .CONNECTION_TIMEOUT, value: configuration.connectionTimeout, ptr_value: nil),
            MHD_OptionItem(option: .END, value: 0, ptr_value: nil),
        ]
        let cls = Unmanaged.passUnretained(context).toOpaque()
        let started = options.withUnsafeMutableBufferPointer { items in
            cairn_mhd_start_daemon(flags, accessHandler, cls, requestCompleted, cls, uriLog, cls, items.baseAddress)
        }
        return started.map(Listener.Daemon.init(handle:))
    }

    /// Stops gracefully and returns as soon as the last request in flight is answered.
    ///
    /// The listening socket is closed at once (new connections are refused); requests already
    /// begun are answered with `Connection: close`; a request that begins afterwards on a kept-alive
    /// connection gets a 503 without reaching the handler. Requests still running after
    /// `shutdownGracePeriod` are cut when the daemons stop. Safe to call twice.
    public func stop() {
        guard let running = running.withLock({ current -> Running? in defer { current = nil }; return current }) else { return }
        context.startDraining()
        running.listener.stop()
        let deadline = ContinuousClock.now + .milliseconds(Int(context.configuration.shutdownGracePeriod * 1000))
        while context.requestsInFlight > 0, ContinuousClock.now < deadline {
            usleep(5_000)
        }
        let unfinished = context.requestsInFlight
        for daemon in running.daemons { MHD_stop_daemon(daemon.handle) }
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
