/// The grades a microcredential's practice is meant for.
public enum GradeBand: String, Codable, CaseIterable, Hashable, Sendable, Comparable {
    case preK = "prek"
    case k2 = "k-2"
    case grades3to5 = "3-5"
    case grades6to8 = "6-8"
    case grades9to12 = "9-12"
    case adult

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .preK: "Pre-K"
        case .k2: "K–2"
        case .grades3to5: "Grades 3–5"
        case .grades6to8: "Grades 6–8"
        case .grades9to12: "Grades 9–12"
        case .adult: "Adult learners"
        }
    }

    /// Bands in the order of `allCases` (youngest first).
    public static func < (lhs: GradeBand, rhs: GradeBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
