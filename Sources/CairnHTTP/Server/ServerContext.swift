import Synchronization

/// What every request callback needs, shared by all libmicrohttpd threads.
final class ServerContext: Sendable {
    let configuration: ServerConfiguration
    let logger: Logger
    let metrics: Metrics
    let responder: Handler
    /// Atomics rather than locks: every request reads and changes them, on every thread.
    private let inFlight = Atomic(0)
    private let draining = Atomic(false)

    init(configuration: ServerConfiguration, logger: Logger, metrics: Metrics, responder: @escaping Handler) {
        self.configuration = configuration
        self.logger = logger
        self.metrics = metrics
        self.responder = responder
    }

    func requestBegan() { inFlight.wrappingAdd(1, ordering: .relaxed) }
    func requestEnded() { inFlight.wrappingSubtract(1, ordering: .relaxed) }
    var requestsInFlight: Int { inFlight.load(ordering: .sequentiallyConsistent) }

    /// Set once the server is stopping: requests begun before answer with `Connection: close`,
    /// requests begun after (on kept-alive connections) are refused with a 503.
    var isDraining: Bool { draining.load(ordering: .acquiring) }
    func startDraining() { draining.store(true, ordering: .sequentiallyConsistent) }

    /// The answer to a request that arrived after the server began stopping; its handler never runs.
    func refusalWhileStopping(_ request: Request) -> Response {
        finished(HTTPError(.serviceUnavailable, message: "Cairn is restarting. Please try again in a moment.",
                           headers: ["Retry-After": "1"]).response(for: request), for: request)
    }

    /// Answers a fully read request: its error if the body was refused, else the responder's answer.
    ///
    /// A thrown `HTTPResponseError` presents itself; anything else is logged and becomes a
    /// bare 500 naming the request id. Every answer carries `X-Request-Id`.
    func answer(_ request: Request, bodyError: HTTPError?) -> Response {
        var response: Response
        if let bodyError {
            response = bodyError.response(for: request)
        } else {
            do {
                response = try responder(request)
            } catch let error as any HTTPResponseError {
                response = error.response(for: request)
            } catch {
                logger.error("unhandled error", [("request_id", request.id), ("method", request.method.rawValue),
                                                  ("path", request.path), ("error", String(describing: error))])
                response = .text("Internal Server Error (request id \(request.id))\n", status: .internalServerError)
            }
        }
        return finished(response, for: request)
    }

    /// Every answer the server gives: its `X-Request-Id`, and the configured headers it does not set itself.
    private func finished(_ response: Response, for request: Request) -> Response {
        var response = response
        response.headers.set("X-Request-Id", request.id)
        for (name, value) in configuration.responseHeaders where !response.headers.contains(name) {
            response.headers.add(name, value)  // none of that name to replace
        }
        return response
    }

    /// Logs the request line and records its metrics once the response has been sent.
    func completed(_ state: RequestState, failed: Bool) {
        guard let answered = state.answered else { return }
        let seconds = (ContinuousClock.now - state.started) / .seconds(1)
        let route = state.routeRecorder.recorded ?? "unmatched"
        metrics.recordRequest(route: route, method: state.method.rawValue, status: answered.status, seconds: seconds)
        logger.request(id: state.id, method: state.method.rawValue, path: state.path, status: answered.status,
                       bytes: answered.bytes, seconds: seconds, aborted: failed)
    }
}
