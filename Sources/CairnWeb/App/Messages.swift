import CairnApp
import CairnCore

// What a person reads when Cairn refuses their input: one sentence, saying how to fix it.

extension RosterProblem {
    var message: String {
        switch self {
        case .invalidEmail(let text): text.isEmpty ? "The email is missing." : "'\(String(text.prefix(80)))' is not an email address."
        case .unknownRole(let name): "'\(String(name.prefix(40)))' is not a role (use admin, designer, assessor, coach or educator)."
        case .invalidName(.empty): "The name is missing."
        case .invalidName(let problem): "The name is not usable: \(problem.message.prefix(1).lowercased() + problem.message.dropFirst())"
        case .duplicateEmail(let line): "This email already appears on line \(line)."
        }
    }
}

extension RosterImportError {
    var message: String {
        switch self {
        case .empty: "The file is empty. Choose a CSV file with a header row and one row per person."
        case .missingColumns(let columns):
            "The header row needs the column\(columns.count == 1 ? "" : "s") \(columns.joined(separator: ", "))."
        case .malformed: "The file is not valid CSV (check for an unclosed quote)."
        }
    }
}

extension MemberAdministrationError {
    var message: String {
        switch self {
        case .noRoles: "Choose at least one role."
        case .lastAdmin: "Your organization needs at least one active admin: make someone else an admin first."
        case .cannotDeactivateYourself: "You can't deactivate your own account."
        case .alreadyDeactivated: "This member is already deactivated."
        case .alreadyActive: "This member is already active."
        case .alreadyMember: "This person is already a member of your organization."
        case .alreadyInvited: "An invitation to this person is still waiting for their answer."
        case .notInOrganization: "We can't find that member."
        }
    }
}

extension MembershipError {
    var message: String {
        switch self {
        case .noRoles: "Choose at least one role."
        case .alreadyDeactivated: "This member is already deactivated."
        case .alreadyActive: "This member is already active."
        }
    }
}

extension OneTimeTokenError {
    var message: String {
        switch self {
        case .expired: "This link has expired. Ask for a new one."
        case .alreadyUsed: "This link has already been used. Ask for a new one if you still need it."
        case .unknown: "This link is not valid. Check that you copied all of it, or ask for a new one."
        }
    }
}

extension LifecycleError {
    /// What a designer reads when a lifecycle step is refused.
    var message: String {
        switch self {
        case .notADraft(let state): "This version is \(state.displayName.lowercased()): its design can't change. Revise it to make a new draft."
        case .illegalTransition(let from, let to):
            "A \(from.displayName.lowercased()) version can't become \(to.displayName.lowercased())."
        case .designHasErrors(let count):
            "The design checker lists \(count) problem\(count == 1 ? "" : "s") to fix first."
        case .cannotReviseADraft: "This version is still a draft: edit it directly."
        case .draftAlreadyExists(let number): "Version \(number) is already a draft: edit that one."
        case .draftChangedMeanwhile:
            "Someone else saved this draft a moment ago, so your change was not saved. Here is the draft as it is now: make your change again."
        }
    }
}
