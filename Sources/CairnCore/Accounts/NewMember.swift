/// A person to add to an organization, made only by `check`: the one set of rules every way in
/// keeps (the invite form, a roster row, `cairn user create`).
public struct NewMember: Equatable, Sendable {
    public let email: EmailAddress
    /// The name as stored: trimmed, at most `PersonName.maximumLength` characters.
    public let name: String
    /// At least one role.
    public let roles: Set<Role>

    /// The person when the email, name and role names all pass; else every problem, in the order
    /// email, name, roles. Role names are read case-insensitively (`Role(name:)`).
    public static func check(email: String, name: String, roleNames: [String]) -> Result<NewMember, NewMemberRefusal> {
        var problems: [NewMemberProblem] = []
        var address: EmailAddress?
        do { address = try EmailAddress(email) } catch { problems.append(.email(email, error)) }
        var checkedName = ""
        switch PersonName.check(name) {
        case .success(let checked): checkedName = checked
        case .failure(let problem): problems.append(.name(problem))
        }
        var roles = Set<Role>()
        for roleName in roleNames {
            if let role = Role(name: roleName) { roles.insert(role) } else { problems.append(.unknownRole(roleName)) }
        }
        if roleNames.isEmpty { problems.append(.noRoles) }
        guard problems.isEmpty, let address else { return .failure(NewMemberRefusal(problems: problems)) }
        return .success(NewMember(email: address, name: checkedName, roles: roles))
    }
}

/// Why a person cannot be added as given: every problem at once.
public struct NewMemberRefusal: Error, Equatable, Sendable {
    public let problems: [NewMemberProblem]

    public init(problems: [NewMemberProblem]) { self.problems = problems }
}

/// One reason a person to add was refused.
public enum NewMemberProblem: Error, Equatable, Hashable, Sendable {
    /// The email as typed, and what is wrong with it.
    case email(String, EmailAddressError)
    case name(PersonNameError)
    case unknownRole(String)
    case noRoles
    /// The school chosen is not one of the organization's.
    case unknownSchool
}

extension NewMemberProblem: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    public var message: String {
        switch self {
        case .email(_, let problem): problem.message
        case .name(let problem): problem.message
        case .unknownRole: "Choose roles from the list: admin, designer, assessor, coach or educator."
        case .noRoles: "Choose at least one role."
        case .unknownSchool: "Choose a school from the list."
        }
    }

    public var field: String? {
        switch self {
        case .email: "email"
        case .name: "name"
        case .unknownRole, .noRoles: "roles"
        case .unknownSchool: "school"
        }
    }
}
