/// Why the studio refused a designer: the role, or a microcredential or version it does not have.
public enum StudioError: Error, Equatable, Sendable {
    /// Designing needs the designer role in the organization.
    case notADesigner
    /// No microcredential with that id in the member's organization.
    case microcredentialNotFound
    /// The microcredential has no version with that number.
    case versionNotFound
    /// The version's design has no such image or attached file, or its bytes are missing.
    case fileNotFound
}

extension StudioError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .notADesigner: .forbidden
        case .microcredentialNotFound, .versionNotFound, .fileNotFound: .notFound
        }
    }

    /// What a designer reads when the studio refuses.
    public var message: String {
        switch self {
        case .notADesigner:
            "Your roles in this organization don't include this page. If you think they should, ask your organization admin."
        case .microcredentialNotFound, .versionNotFound, .fileNotFound:
            "The address may be mistyped, or the page may have moved or been removed."
        }
    }
}
