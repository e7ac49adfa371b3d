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
            var problems: [RosterProblem] = []
            let rawEmail = value(emailColumn)
            var email: EmailAddress?
            do { email = try EmailAddress(rawEmail) } catch { problems.append(.invalidEmail(rawEmail)) }
            if let email, let first = seen[email] { problems.append(.duplicateEmail(firstLine: first)) }
            var name = ""
            switch PersonName.check(value(nameColumn)) {
            case .success(let checked): name = checked
            case .failure(let problem): problems.append(.invalidName(problem))
            }
            var roles: Set<Role> = []
            for roleName in value(rolesColumn).split(separator: ";") {
                let trimmed = roleName.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { continue }
                if let role = Role(name: trimmed) { roles.insert(role) } else { problems.append(.unknownRole(trimmed)) }
            }
            if roles.isEmpty { roles = Self.defaultRoles }
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
