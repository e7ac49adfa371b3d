import CairnCore
import CairnHTTP

extension DomainErrorKind {
    /// The status a refusal of this kind is answered with.
    var status: HTTPStatus {
        switch self {
        case .malformed: .badRequest
        case .signInRequired: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        case .gone: .gone
        case .tooLarge: .contentTooLarge
        case .invalidInput: .unprocessableContent
        case .tooManyRequests: .tooManyRequests
        case .unavailable: .serviceUnavailable
        }
    }
}
