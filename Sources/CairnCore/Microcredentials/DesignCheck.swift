/// What the design checker found: errors block piloting and publishing, warnings inform.
public struct DesignCheck: Hashable, Sendable {
    public var errors: [DesignFinding]
    public var warnings: [DesignFinding]

    public init(errors: [DesignFinding] = [], warnings: [DesignFinding] = []) {
        self.errors = errors
        self.warnings = warnings
    }

    /// A check with nothing found.
    public static let clean = DesignCheck()

    /// Whether the design may be piloted or published.
    public var isPassing: Bool { errors.isEmpty }

    /// Errors then warnings.
    public var all: [DesignFinding] { errors + warnings }

    /// The findings anchored at a field (for showing them beside it).
    public func findings(at field: String) -> [DesignFinding] { all.filter { $0.field == field } }
}
