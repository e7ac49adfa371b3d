import CairnApp
import CairnCore
import CairnHTTP

/// The OB 3.0 error body, `Imsx_StatusInfo`: major code, severity, a description and one minor code.
struct ImsxStatusInfo: Encodable, Equatable {
    struct CodeMinor: Encodable, Equatable {
        struct Field: Encodable, Equatable {
            let imsx_codeMinorFieldName: String
            let imsx_codeMinorFieldValue: String
        }
        let imsx_codeMinorField: [Field]
    }

    let imsx_codeMajor: String
    let imsx_severity: String
    let imsx_description: String
    let imsx_codeMinor: CodeMinor

    /// A failure (or, for what Cairn does not offer, `unsupported`) with its minor code.
    init(major: String = "failure", minor: String, description: String) {
        imsx_codeMajor = major
        imsx_severity = "error"
        imsx_description = description
        imsx_codeMinor = CodeMinor(imsx_codeMinorField: [CodeMinor.Field(imsx_codeMinorFieldName: "TargetEndSystem",
                                                                         imsx_codeMinorFieldValue: minor)])
    }
}

extension OpenBadgesAPIError {
    /// The answer the OB 3.0 API gives: its status, `Imsx_StatusInfo`, and for a token refusal the
    /// RFC 6750 `WWW-Authenticate` challenge (`Allow` for what Cairn does not offer).
    var response: Response {
        let status: HTTPStatus, info: ImsxStatusInfo
        var headers: [(String, String)] = []
        switch self {
        case .unauthorized:
            status = .unauthorized
            info = ImsxStatusInfo(minor: "unauthorizedrequest", description: message)
            headers.append(("WWW-Authenticate", "Bearer realm=\"Cairn\", error=\"invalid_token\""))
        case .insufficientScope(let scope):
            status = .forbidden
            info = ImsxStatusInfo(minor: "forbidden", description: message)
            headers.append(("WWW-Authenticate", "Bearer realm=\"Cairn\", error=\"insufficient_scope\", scope=\"\(scope.rawValue)\""))
        case .invalidQuery:
            status = .badRequest
            info = ImsxStatusInfo(minor: "invalid_query_parameter", description: message)
        case .notAllowed:
            status = .methodNotAllowed
            info = ImsxStatusInfo(major: "unsupported", minor: "not_allowed", description: message)
            headers.append(("Allow", "GET, HEAD"))
        }
        var response = (try? Response.json(info, status: status)) ?? .text(message, status: status)
        for (name, value) in headers { response.headers.set(name, value) }
        response.headers.set("Cache-Control", "no-store")
        return response
    }
}

extension OAuthError {
    /// The RFC 6749 §5.2 error answer: 400 with `{error, error_description}`; an app that failed to
    /// authenticate gets 401 with the Basic challenge.
    var response: Response {
        struct Body: Encodable { let error: String; let error_description: String }
        let status: HTTPStatus = code == .invalidClient ? .unauthorized : .badRequest
        var response = (try? Response.json(Body(error: code.rawValue, error_description: description), status: status))
            ?? .text(description, status: status)
        if code == .invalidClient { response.headers.set("WWW-Authenticate", "Basic realm=\"Cairn\"") }
        response.headers.set("Cache-Control", "no-store")
        response.headers.set("Pragma", "no-cache")
        return response
    }
}
