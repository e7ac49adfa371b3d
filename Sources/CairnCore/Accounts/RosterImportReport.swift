/// One roster row that was read: its line in the file, and who it names.
public struct ImportedRow: Sendable, Hashable {
    public var line: Int
    public var name: String
    public var email: String

    public init(line: Int, name: String, email: String) {
        self.line = line
        self.name = name
        self.email = email
    }
}

/// One roster row that could not be used, with every reason.
public struct ImportProblem: Sendable, Hashable {
    public var line: Int
    /// The email on that row, when there was one.
    public var email: String?
    public var messages: [String]

    public init(line: Int, email: String?, messages: [String]) {
        self.line = line
        self.email = email
        self.messages = messages
    }
}

/// The outcome of a roster import, row by row.
public struct RosterImportReport: Sendable, Hashable {
    public var invited: [ImportedRow]
    public var alreadyMembers: [ImportedRow]
    public var problems: [ImportProblem]

    public init(invited: [ImportedRow], alreadyMembers: [ImportedRow], problems: [ImportProblem]) {
        self.invited = invited
        self.alreadyMembers = alreadyMembers
        self.problems = problems
    }
}
