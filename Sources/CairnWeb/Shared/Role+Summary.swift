import CairnCore

extension Role {
    /// One sentence saying what a person with this role does in Cairn.
    var summary: String {
        switch self {
        case .admin: "Runs the organization: invites members, gives roles, keeps the list of schools."
        case .designer: "Writes microcredentials: the competency, the evidence to collect, the rubric, and the pilot."
        case .assessor: "Reads submissions against the rubric and decides earned or not yet, with feedback per criterion."
        case .coach: "Walks beside a group of educators between attempts, and answers their questions."
        case .educator: "Picks a microcredential, gathers evidence from the classroom, and submits it when ready."
        }
    }
}
