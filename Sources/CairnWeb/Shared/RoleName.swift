/// The roles a member can hold, as the views name them.
///
/// Raw values match `CairnCore.Role`, so a route maps one to the other with `RoleName(rawValue:)`;
/// CairnWeb's views stay free of the store and the domain types.
public enum RoleName: String, CaseIterable, Sendable, Hashable {
    case admin, designer, assessor, coach, educator

    /// The role's name on screen.
    public var label: String {
        switch self {
        case .admin: "Organization admin"
        case .designer: "Designer"
        case .assessor: "Assessor"
        case .coach: "Coach"
        case .educator: "Educator"
        }
    }

    /// One sentence saying what a person with this role does in Cairn.
    public var summary: String {
        switch self {
        case .admin: "Runs the organization: invites members, gives roles, keeps the list of schools."
        case .designer: "Writes microcredentials: the competency, the evidence to collect, the rubric, and the pilot."
        case .assessor: "Reads submissions against the rubric and decides earned or not yet, with feedback per criterion."
        case .coach: "Walks beside a group of educators between attempts, and answers their questions."
        case .educator: "Picks a microcredential, gathers evidence from the classroom, and submits it when ready."
        }
    }
}
