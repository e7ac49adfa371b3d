import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore

/// Turns whatever a handler throws into the page a person should see, with the request id.
///
/// Sign-in is a redirect; refusals and misses are friendly 403/404/429 pages; a full or read-only
/// disk is a 507/503 (JSON for JSON clients) counted in the write-failure metric; anything
/// unexpected is logged with the request id and shown as a 500 page naming that id.
struct ErrorPageMiddleware: Middleware {
    let logger: Logger
    let metrics: Metrics
    /// Probed when the database reports an I/O error, to tell a full or read-only disk.
    let dataDirectory: String
    let isDevelopment: Bool

    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        do {
            return try next(request)
        } catch let error where StorageFailure(error, dataDirectory: dataDirectory) != nil {
            return storageFailure(StorageFailure(error, dataDirectory: dataDirectory)!, error, request: request)
        } catch let error as WebError {
            return response(for: error, request: request)
        } catch let error as DatabaseError where error.kind == .notFound {
            return page(.notFound, request: request)
        } catch let error as DatabaseError where error.kind == .uniqueViolation {
            return page(.conflict("Someone saved the same thing at the same moment. Reload the page and try again."), request: request)
        } catch let error as LifecycleError {
            return page(.conflict(error.message), request: request)
        } catch let error as MembershipError {
            return page(.conflict(error.message), request: request)
        } catch let error as HTTPError where request.answersInJSON {
            var response = Self.problem(error.status, error.message)
            for (name, value) in error.headers { response.headers.add(name, value) }
            return response
        } catch let error as HTTPError where error.status == .notFound {
            return page(.notFound, request: request)
        } catch let error as HTTPError where error.status == .badRequest {
            return page(.badRequest(error.message), request: request)
        } catch let error as any HTTPResponseError {
            return error.response(for: request)
        } catch {
            logger.error("request failed", [("request_id", request.id), ("method", request.method.rawValue),
                                            ("path", request.path), ("error", "\(error)")])
            return page(.serverError, request: request)
        }
    }

    private func response(for error: WebError, request: Request) -> Response {
        switch error {
        case .signInRequired where request.prefersJSON:
            return Self.problem(.unauthorized, "Your session has ended: sign in again, then try once more.")
        case .signInRequired(let returnTo):
            let next = AccountRoutes.safeNext(returnTo).flatMap { $0 == DashboardEndpoints.dashboard.path() ? nil : $0 }
            return .redirect(to: AccountEndpoints.signIn.path(query: next.map(QueryItem.next)))
        case .forbidden:
            return page(.forbidden, request: request)
        case .csrfRejected:
            return page(.expiredForm, request: request)
        case .notFound:
            return page(.notFound, request: request)
        case .tooManyRequests(let seconds):
            var response = page(.tooManyRequests(retryAfterSeconds: seconds), request: request)
            response.headers.set("Retry-After", String(seconds))
            return response
        case .badRequest(let message):
            return page(.badRequest(message), request: request)
        }
    }

    /// A full or read-only disk: counted, logged with its cause, and a 507/503 that says the work is not lost.
    private func storageFailure(_ failure: StorageFailure, _ error: any Error, request: Request) -> Response {
        metrics.recordWriteFailure(cause: failure.cause.rawValue)
        logger.error("storage refused a write", [("request_id", request.id), ("method", request.method.rawValue),
                                                 ("path", request.path), ("cause", failure.cause.rawValue), ("error", "\(error)")])
        if request.answersInJSON { return failure.response(for: request) }
        var response = page(.storage(failure), request: request)
        response.headers.set("Retry-After", "60")
        return response
    }

    /// The page for `kind`, or for a JSON client (or a JSON API route) `{"error": …}` with its status.
    private func page(_ kind: ErrorPage.Kind, request: Request) -> Response {
        if request.answersInJSON {
            return Self.problem(HTTPStatus(code: kind.statusCode, reason: kind.heading),
                                kind.explanation.isEmpty ? kind.heading + "." : kind.explanation)
        }
        let context = Visitor(request).pageContext(isDevelopment: isDevelopment)
        return .html(ErrorPage(kind, requestID: request.id, context: context).render(),
                     status: HTTPStatus(code: kind.statusCode, reason: kind.heading))
    }
}

extension ErrorPageMiddleware {
    /// `{"error": message}` with `status`.
    static func problem(_ status: HTTPStatus, _ message: String) -> Response {
        struct Problem: Encodable { let error: String }
        return (try? Response.json(Problem(error: message), status: status)) ?? .text(message + "\n", status: status)
    }
}

/// Reads the flash message cookie into the request, and clears it once shown.
struct FlashMiddleware: Middleware {
    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        var request = request
        let flash = FlashCookie.read(request)
        request[FlashKey.self] = flash
        var response = try next(request)
        let settingNewFlash = response.headers.values("Set-Cookie").contains { $0.hasPrefix(FlashCookie.name + "=") }
        if request.cookies[FlashCookie.name] != nil, !settingNewFlash, response.status.code < 300 || response.status.code >= 400 {
            response.setCookie(.expired(FlashCookie.name))
        }
        return response
    }
}

/// Request attribute: the flash messages left by the previous request.
enum FlashKey: RequestAttributeKey { typealias Value = [Flash] }
