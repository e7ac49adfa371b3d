import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

/// Presents whatever a handler throws, the same way for every error, with the request id.
///
/// A `DomainError` is answered with its kind's status and its message: the error page, or for a
/// JSON client and the upload API `{"error": message, "field": field}`; sign-in is a redirect
/// (401 in JSON). A full or read-only disk is a 507/503 counted in the write-failure metric; the
/// HTTP layer's own errors keep their status; anything else is logged with the request id and
/// shown as a 500 page naming that id.
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
        } catch let error where WebError(StoreFailure(error)) != nil {
            return present(WebError(StoreFailure(error))!, request: request)
        } catch let error as any DomainError {
            return present(error, request: request)
        } catch let error as HTTPError {
            return present(error, request: request)
        } catch {
            logger.error("request failed", [("request_id", request.id), ("method", request.method.rawValue),
                                            ("path", request.path), ("error", "\(error)")])
            return page(.serverError, request: request)
        }
    }

    /// A refusal: the sign-in redirect, the error page, or JSON; `Retry-After` when the error says when.
    private func present(_ error: any DomainError, request: Request) -> Response {
        if error.kind == .signInRequired && !request.prefersJSON {
            let next = AccountRoutes.safeNext(request.target).flatMap { $0 == DashboardEndpoints.dashboard.path() ? nil : $0 }
            return .redirect(to: AccountEndpoints.signIn.path(query: next.map(QueryItem.next)))
        }
        var response = request.answersInJSON
            ? Self.problem(error.kind.status, error.message, field: error.field, offset: (error as? UploadError)?.resumeOffset)
            : page(ErrorPage.Kind(error), request: request)
        if case .tooManyRequests(let seconds?) = error.kind { response.headers.set("Retry-After", String(seconds)) }
        if let offset = (error as? UploadError)?.resumeOffset { response.headers.set("Upload-Offset", String(offset)) }
        return response
    }

    /// The HTTP layer's own refusals (no route, a wrong method, a malformed body): JSON with its
    /// headers for JSON clients, the page for a 404 or a 400, its plain text otherwise.
    private func present(_ error: HTTPError, request: Request) -> Response {
        if request.answersInJSON {
            var response = Self.problem(error.status, error.message)
            for (name, value) in error.headers { response.headers.add(name, value) }
            return response
        }
        switch error.status {
        case .notFound: return page(ErrorPage.Kind(WebError.notFound), request: request)
        case .badRequest: return page(ErrorPage.Kind(WebError.badRequest(error.message)), request: request)
        default: return error.response(for: request)
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
        let status = HTTPStatus(code: kind.status.code, reason: kind.heading)
        if request.answersInJSON { return Self.problem(status, kind.explanation) }
        let context = Visitor(request).pageContext(isDevelopment: isDevelopment)
        return .html(bytes: ErrorPage(kind, requestID: request.id, context: context).renderedBytes(), status: status)
    }
}

extension ErrorPageMiddleware {
    /// `{"error": message, "field": field?, "offset": offset?}` with `status`.
    static func problem(_ status: HTTPStatus, _ message: String, field: String? = nil, offset: Int64? = nil) -> Response {
        struct Problem: Encodable { let error: String; let field: String?; let offset: Int64? }
        return (try? Response.json(Problem(error: message, field: field, offset: offset), status: status)) ?? .text(message + "\n", status: status)
    }
}
