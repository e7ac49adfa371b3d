/// A refusal of the OAuth 2.0 side of the API, with the error code its RFC names (RFC 6749 §4.1.2.1
/// and §5.2, RFC 7591 §3.2.2, RFC 7009 §2.2.1) and a description for the app's developer.
public struct OAuthError: DomainError, Equatable, Sendable {
    public enum Code: String, Sendable {
        case invalidRequest = "invalid_request"
        case invalidClient = "invalid_client"
        case invalidGrant = "invalid_grant"
        case unauthorizedClient = "unauthorized_client"
        case unsupportedGrantType = "unsupported_grant_type"
        case unsupportedResponseType = "unsupported_response_type"
        case unsupportedTokenType = "unsupported_token_type"
        case invalidScope = "invalid_scope"
        case accessDenied = "access_denied"
        case invalidRedirectURI = "invalid_redirect_uri"
        case invalidClientMetadata = "invalid_client_metadata"
    }

    public let code: Code
    public let description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    public var kind: DomainErrorKind {
        switch code {
        case .invalidClient: .signInRequired
        case .accessDenied, .unauthorizedClient: .forbidden
        default: .malformed
        }
    }

    public var message: String { description }
}

/// A refusal of an Open Badges 3.0 resource request (credentials, profile), answered with the
/// spec's `Imsx_StatusInfo`.
public enum OpenBadgesAPIError: DomainError, Equatable, Sendable {
    /// No token, or one unknown, expired or revoked: 401.
    case unauthorized
    /// The token lacks the scope the endpoint needs: 403.
    case insufficientScope(APIScope)
    /// A query parameter that does not parse (`limit`, `offset`, `since`): 400.
    case invalidQuery(String)
    /// An operation Cairn does not offer (upserting credentials, updating the profile): 405.
    case notAllowed

    public var kind: DomainErrorKind {
        switch self {
        case .unauthorized: .signInRequired
        case .insufficientScope: .forbidden
        case .invalidQuery: .malformed
        case .notAllowed: .forbidden
        }
    }

    public var message: String {
        switch self {
        case .unauthorized: "Send a live access token: Authorization: Bearer <token>."
        case .insufficientScope(let scope): "The token was not granted the scope \(scope.rawValue)."
        case .invalidQuery(let text): text
        case .notAllowed: "Cairn holds only the credentials it issued: it does not accept credentials or profile changes from apps."
        }
    }
}

/// Why a personal access token could not be made.
public enum PersonalAccessTokenError: DomainError, Equatable, Sendable {
    case nameRequired, nameTooLong, noScope

    public var kind: DomainErrorKind { .invalidInput }

    public var message: String {
        switch self {
        case .nameRequired: "Give the token a name, so you know later what uses it."
        case .nameTooLong: "Keep the name under \(PersonalAccessToken.maxNameLength) characters."
        case .noScope: "Choose what the token may read."
        }
    }

    public var field: String? {
        switch self {
        case .nameRequired, .nameTooLong: "name"
        case .noScope: "scopes"
        }
    }
}
