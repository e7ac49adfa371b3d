import CairnCore
import CairnStore
import Foundation

/// Adding people to an organization: the invite form and a roster both invite through
/// `Invitations.invite`, after `NewMember`'s rules (those `cairn user create` keeps too).
extension Members {
    /// What the invite form asks, as typed.
    public struct InviteForm: Sendable {
        public var email: String, name: String, roleNames: [String]
        /// A school's id, or empty for none.
        public var school: String

        public init(email: String, name: String, roleNames: [String], school: String) {
            (self.email, self.name, self.roleNames, self.school) = (email, name, roleNames, school)
        }
    }

    /// The organization's schools, by name, for the invite form (one query).
    public func schoolChoices(by admin: Member) throws -> [School] {
        try admin.checkAdmin()
        return try store.organizations.schools(of: admin.organization.id)
    }

    /// Invites the person of the form; returns them as checked. An earlier unanswered invitation of
    /// theirs is replaced.
    ///
    /// - Throws: `NewMemberRefusal` with every problem of the form (the school's too);
    ///   `MemberAdministrationError.alreadyMember`; `.notAnAdmin`.
    @discardableResult
    public func invite(_ form: InviteForm, by admin: Member) throws -> NewMember {
        try admin.checkAdmin()
        let checked = NewMember.check(email: form.email, name: form.name, roleNames: form.roleNames)
        var problems: [NewMemberProblem] = []
        if case .failure(let refusal) = checked { problems = refusal.problems }
        var school: School.ID?
        if !form.school.isEmpty {
            school = School.ID(form.school)
            if try school.flatMap({ try store.organizations.fetchSchool($0, in: admin.organization.id) }) == nil {
                problems.append(.unknownSchool)
            }
        }
        guard problems.isEmpty, case .success(let newcomer) = checked else { throw NewMemberRefusal(problems: problems) }
        try Invitations(installation: installation).invite(newcomer, school: school, to: admin.organization, by: .init(admin))
        return newcomer
    }

    /// Invites every good row of a roster, each in its own transaction (a row that fails never undoes
    /// another), and reports on every row. A row whose save fails is reported and handed to `failed`.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`.
    public func importRoster(_ roster: RosterImport, by admin: Member,
                             failed: (_ line: Int, _ error: any Error) -> Void = { _, _ in }) throws -> RosterImportReport {
        try admin.checkAdmin()
        let schools = try store.organizations.schools(of: admin.organization.id)
        var invited: [ImportedRow] = [], alreadyMembers: [ImportedRow] = []
        var problems = roster.rejections.map { rejection in
            ImportProblem(line: rejection.line, email: nil, messages: rejection.problems.map(\.message))
        }
        let invitations = Invitations(installation: installation)
        for entry in roster.entries {
            let row = ImportedRow(line: entry.line, name: entry.name, email: entry.email.rawValue)
            var school: School.ID?
            if let name = entry.school {
                guard let match = schools.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else {
                    problems.append(ImportProblem(line: entry.line, email: entry.email.rawValue,
                                                  messages: ["There is no school named '\(name)'. Add it under Schools first, or leave the column empty."]))
                    continue
                }
                school = match.id
            }
            do {
                try invitations.invite(entry.person, school: school, to: admin.organization, by: .init(admin), replacingPending: false)
                invited.append(row)
            } catch MemberAdministrationError.alreadyMember, MemberAdministrationError.alreadyInvited {
                alreadyMembers.append(row)
            } catch {
                failed(entry.line, error)
                problems.append(ImportProblem(line: entry.line, email: entry.email.rawValue,
                                              messages: ["This row could not be saved; try it again."]))
            }
        }
        return RosterImportReport(invited: invited, alreadyMembers: alreadyMembers, problems: problems.sorted { $0.line < $1.line })
    }
}
