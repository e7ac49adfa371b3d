import Foundation

/// A roster file read into people to invite: the valid rows, and the rows with problems.
///
/// The CSV needs a header naming at least `email` and `name` (any case, any order); `roles`
/// (names separated by ';', default educator) and `school` are optional. A bad row never stops
/// the good ones: each row is judged alone, and a repeated email is a problem of the later row.
public struct RosterImport: Equatable, Sendable {
    /// A row ready to become an invitation.
    public struct Entry: Equatable, Sendable {
        public let line: Int
        public let email: EmailAddress
        public let name: String
        public let roles: Set<Role>
        /// The school's name as written, when given.
        public let school: String?

        /// The row as a person to add (it passed `NewMember`'s rules).
        public var person: NewMember { NewMember(email: email, name: name, roles: roles) }
    }

    /// A row refused, with every reason.
    public struct Rejection: Equatable, Sendable {
        public let line: Int
        public let problems: [RosterProblem]
    }

    public static let defaultRoles: Set<Role> = [.educator]

    public let entries: [Entry]
    public let rejections: [Rejection]

    /// Reads a roster; throws only when the file as a whole cannot be read.
    public init(csv text: String) throws(RosterImportError) {
        let records: [CSV.Record]
        do { records = try CSV.parse(text) } catch { throw .malformed(error) }
        guard let header = records.first else { throw .empty }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = ["email", "name"].filter { !columns.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
        let emailColumn = column("email")!, nameColumn = column("name")!
        let rolesColumn = column("roles"), schoolColumn = column("school")

        var entries: [Entry] = [], rejections: [Rejection] = []
        var seen: [EmailAddress: Int] = [:]
        for record in records.dropFirst() {
            func value(_ index: Int?) -> String {
                guard let index, index < record.fields.count else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            // The rules of every way a person is added (`NewMember`); an empty roles column means educator.
            let roleNames = value(rolesColumn).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let checked = NewMember.check(email: value(emailColumn), name: value(nameColumn),
                                          roleNames: roleNames.isEmpty ? Self.defaultRoles.map(\.rawValue) : roleNames)
            var problems: [RosterProblem] = []
            var email: EmailAddress?, name = "", roles = Set<Role>()
            switch checked {
            case .success(let member): (email, name, roles) = (member.email, member.name, member.roles)
            case .failure(let refusal):
                for problem in refusal.problems {
                    switch problem {
                    case .email(let text, _): problems.append(.invalidEmail(text))
                    case .name(let reason): problems.append(.invalidName(reason))
                    case .unknownRole(let roleName): problems.append(.unknownRole(roleName))
                    case .noRoles, .unknownSchool: break  // the default role fills an empty column; schools are matched later
                    }
                }
                email = try? EmailAddress(value(emailColumn))
            }
            // A valid address has no email problem before it: a repeat is the row's first problem.
            if let email, let first = seen[email] { problems.insert(.duplicateEmail(firstLine: first), at: 0) }
            let school = value(schoolColumn)

            if let email, problems.isEmpty {
                seen[email] = record.line
                entries.append(Entry(line: record.line, email: email, name: name, roles: roles,
                                     school: school.isEmpty ? nil : school))
            } else {
                rejections.append(Rejection(line: record.line, problems: problems))
            }
        }
        self.entries = entries
        self.rejections = rejections
    }
}

/// One reason a roster row was refused.
public enum RosterProblem: Equatable, Hashable, Sendable {
    case invalidEmail(String)
    case unknownRole(String)
    /// The name is missing, too long, or holds control characters (the same rule as the invite form).
    case invalidName(PersonNameError)
    case duplicateEmail(firstLine: Int)
}

extension RosterProblem {
    /// What an admin reads beside the roster line.
    public var message: String {
        switch self {
        case .invalidEmail(let text): text.isEmpty ? "The email is missing." : "'\(String(text.prefix(80)))' is not an email address."
        case .unknownRole(let name): "'\(String(name.prefix(40)))' is not a role (use admin, designer, assessor, coach or educator)."
        case .invalidName(.empty): "The name is missing."
        case .invalidName(let problem): "The name is not usable: \(problem.message.prefix(1).lowercased() + problem.message.dropFirst())"
        case .duplicateEmail(let line): "This email already appears on line \(line)."
        }
    }
}

/// Why a roster file could not be read at all.
public enum RosterImportError: Error, Equatable, Sendable {
    case empty
    case missingColumns([String])
    case malformed(CSVError)
}

extension RosterImportError: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    public var message: String {
        switch self {
        case .empty: "The file is empty. Choose a CSV file with a header row and one row per person."
        case .missingColumns(let columns):
            "The header row needs the column\(columns.count == 1 ? "" : "s") \(columns.joined(separator: ", "))."
        case .malformed: "The file is not valid CSV (check for an unclosed quote)."
        }
    }
}
