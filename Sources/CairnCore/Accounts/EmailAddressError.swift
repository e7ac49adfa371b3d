/// Why a text is not an acceptable email address.
public enum EmailAddressError: Error, Equatable, Sendable {
    case empty, missingAt, invalidLocalPart, invalidDomain, tooLong
}
