import Foundation

/// The educators an admin awards a microcredential to directly, as pasted or uploaded: one row each.
///
/// Reading the list refuses only what makes the whole list unusable (nothing in it, too many rows,
/// a CSV without an `email` column). Each row is judged on its own when awarding (`DirectAwardProblem`):
/// an address that is not one, a narrative too long, a repeat of an earlier row.
public struct DirectAwardList: Equatable, Sendable {
    /// One row as written: where it is, the address and the narrative (trimmed; nil when empty).
    public struct Row: Equatable, Sendable {
        public let line: Int
        public let email: String
        public let narrative: String?

        public init(line: Int, email: String, narrative: String?) {
            self.line = line
            self.email = email.trimmingCharacters(in: .whitespacesAndNewlines)
            let trimmed = narrative?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            self.narrative = trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The most rows one run awards: a district's staff, not a whole state.
    public static let maxRows = 5_000
    /// The longest narrative a credential carries, in characters.
    public static let maxNarrativeCharacters = 2_000

    public let rows: [Row]

    /// A list from rows; the narrative given for the run fills the rows that have none.
    public init(rows: [Row], narrative: String? = nil) throws(DirectAwardListError) {
        let shared = Row(line: 0, email: "", narrative: narrative).narrative
        if let shared, shared.count > Self.maxNarrativeCharacters { throw .narrativeTooLong(characters: shared.count) }
        guard !rows.isEmpty else { throw .empty }
        guard rows.count <= Self.maxRows else { throw .tooManyRows(rows.count) }
        self.rows = rows.map { $0.narrative == nil && shared != nil ? Row(line: $0.line, email: $0.email, narrative: shared) : $0 }
    }

    /// Pasted text: one address per line, optionally followed by a comma and that row's narrative
    /// (which may hold commas itself). Blank lines are skipped.
    public init(pasted text: String, narrative: String? = nil) throws(DirectAwardListError) {
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            if let comma = line.firstIndex(of: ",") {
                rows.append(Row(line: index + 1, email: String(line[..<comma]), narrative: String(line[line.index(after: comma)...])))
            } else {
                rows.append(Row(line: index + 1, email: line, narrative: nil))
            }
        }
        try self.init(rows: rows, narrative: narrative)
    }

    /// A CSV file whose header names `email` and, optionally, `narrative` (any case, any order; other columns are ignored).
    public init(csv text: String, narrative: String? = nil) throws(DirectAwardListError) {
        let records: [CSV.Record]
        do { records = try CSV.parse(text) } catch { throw .malformed(error) }
        guard let header = records.first else { throw .empty }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let emailColumn = columns.firstIndex(of: "email") else { throw .missingEmailColumn }
        let narrativeColumn = columns.firstIndex(of: "narrative")
        let rows = records.dropFirst().map { record in
            func value(_ index: Int?) -> String? {
                guard let index, index < record.fields.count else { return nil }
                return record.fields[index]
            }
            return Row(line: record.line, email: value(emailColumn) ?? "", narrative: value(narrativeColumn))
        }
        try self.init(rows: rows, narrative: narrative)
    }

    /// The problem of each row that is wrong in itself or repeats an earlier one, by line; the others are not in it.
    public func problems() -> [Int: DirectAwardProblem] {
        var problems: [Int: DirectAwardProblem] = [:]
        var seen: [EmailAddress: Int] = [:]
        for row in rows {
            guard let email = try? EmailAddress(row.email) else {
                problems[row.line] = .invalidEmail(row.email)
                continue
            }
            if let first = seen[email] {
                problems[row.line] = .duplicate(firstLine: first)
            } else if let narrative = row.narrative, narrative.count > Self.maxNarrativeCharacters {
                problems[row.line] = .narrativeTooLong(characters: narrative.count)
            } else {
                seen[email] = row.line
            }
        }
        return problems
    }
}

/// Why a list of educators to award could not be read at all.
public enum DirectAwardListError: Error, Equatable, Sendable {
    /// No row with an address.
    case empty
    /// More rows than one run awards (`DirectAwardList.maxRows`).
    case tooManyRows(Int)
    /// A CSV file whose header names no `email` column.
    case missingEmailColumn
    /// A CSV file that cannot be read.
    case malformed(CSVError)
    /// The narrative given for the whole run is longer than `DirectAwardList.maxNarrativeCharacters`.
    case narrativeTooLong(characters: Int)
}

extension DirectAwardListError: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    public var message: String {
        switch self {
        case .empty: "The list is empty: give at least one educator's email address."
        case .tooManyRows(let count):
            "The list has \(count) rows; one run awards at most \(DirectAwardList.maxRows). Split it into smaller lists."
        case .missingEmailColumn: "The header row needs an email column (and, if you like, a narrative column)."
        case .malformed: "The file is not valid CSV (check for an unclosed quote)."
        case .narrativeTooLong(let count):
            "The narrative is \(count) characters long; shorten it to \(DirectAwardList.maxNarrativeCharacters) or fewer."
        }
    }
}
