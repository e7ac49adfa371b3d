import CairnApp
import CairnCore
import CairnStore

/// Invites every good row of a roster, each in its own transaction, and reports on every row.
struct RosterImporter {
    let app: App

    func run(_ roster: RosterImport, by admin: Member) throws -> RosterImportReport {
        let schools = try app.store.organizations.schools(of: admin.organization.id)
        var invited: [ImportedRow] = [], alreadyMembers: [ImportedRow] = []
        var problems = roster.rejections.map { rejection in
            ImportProblem(line: rejection.line, email: nil, messages: rejection.problems.map(\.message))
        }
        let service = Invitations(installation: app.installation)
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
                try service.invite(email: entry.email, displayName: entry.name, roles: entry.roles, school: school,
                                   to: admin.organization, by: .init(admin), replacingPending: false)
                invited.append(row)
            } catch MemberAdministrationError.alreadyMember, MemberAdministrationError.alreadyInvited {
                alreadyMembers.append(row)
            } catch {
                app.logger.error("roster row failed", [("line", String(entry.line)), ("error", "\(error)")])
                problems.append(ImportProblem(line: entry.line, email: entry.email.rawValue,
                                              messages: ["This row could not be saved; try it again."]))
            }
        }
        return RosterImportReport(invited: invited, alreadyMembers: alreadyMembers,
                                  problems: problems.sorted { $0.line < $1.line })
    }
}
