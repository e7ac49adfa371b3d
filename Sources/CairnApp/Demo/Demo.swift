import CairnCore
import CairnStore
import Foundation

/// The demo organizations `cairn demo` seeds: a district with a person in every role, schools,
/// a few more educators (one still invited, one deactivated), and a second organization. The
/// district's admin is also the installation's operator (the development outbox).
public enum Demo {
    /// The password of every demo person: public, so never seed a demo into real data.
    public static let password = "cairn-demo-password"

    /// One demo sign-in, as `make run` prints it.
    public struct Login: Sendable {
        public let role: String
        public let email: String
    }

    /// What to try first, printed after the sign-ins.
    public static let tryFirst = [
        "Mei Chen (mei.chen@riverbend.example) completed the demo pathway: in My credentials, print her transcript "
            + "or download her learner record (a signed CLR 2.0 file), then check it at /verify.",
    ]

    /// The sign-ins printed after seeding.
    public static let logins: [Login] = [
        Login(role: "admin", email: "admin@riverbend.example"),
        Login(role: "designer", email: "designer@riverbend.example"),
        Login(role: "assessor", email: "assessor@riverbend.example"),
        Login(role: "coach", email: "coach@riverbend.example"),
        Login(role: "educator", email: "educator@riverbend.example"),
        Login(role: "educator", email: "mei.chen@riverbend.example"),
        Login(role: "admin", email: "admin@lakeside.example"),
    ]

    private struct Seat {
        let email: String, name: String, roles: Set<Role>, school: String?
        var canSignIn = true, active = true, isOperator = false
    }

    private static let riverbendSchools = ["Riverbend Elementary", "Cedar Creek Middle School", "Riverbend High School"]

    private static let riverbend: [Seat] = [
        Seat(email: "admin@riverbend.example", name: "Alicia Moreno", roles: [.admin], school: nil, isOperator: true),
        Seat(email: "designer@riverbend.example", name: "Dana Whitfield", roles: [.designer, .coach], school: nil),
        Seat(email: "assessor@riverbend.example", name: "Samuel Osei", roles: [.assessor], school: "Riverbend High School"),
        Seat(email: "coach@riverbend.example", name: "Priya Raman", roles: [.coach], school: "Riverbend Elementary"),
        Seat(email: "educator@riverbend.example", name: "Jordan Ellis", roles: [.educator], school: "Riverbend Elementary"),
        Seat(email: "mei.chen@riverbend.example", name: "Mei Chen", roles: [.educator], school: "Riverbend Elementary"),
        Seat(email: "luis.ortega@riverbend.example", name: "Luis Ortega", roles: [.educator, .assessor], school: "Riverbend High School"),
        Seat(email: "hannah.berg@riverbend.example", name: "Hannah Berg", roles: [.educator], school: "Cedar Creek Middle School",
             canSignIn: false),
        Seat(email: "tom.baker@riverbend.example", name: "Tom Baker", roles: [.educator], school: "Riverbend High School",
             active: false),
    ]

    private static let lakeside: [Seat] = [
        Seat(email: "admin@lakeside.example", name: "Grace Liu", roles: [.admin, .designer], school: nil),
        Seat(email: "teacher@lakeside.example", name: "Noah Park", roles: [.educator], school: "Lakeside Academy"),
    ]

    /// Seeds both demo organizations: people in every role, then the district's microcredentials and
    /// its pathway and, with `earning`, its educators' enrollments, evidence and reviews.
    ///
    /// - Returns: false when nothing was seeded: the database already holds organizations and
    ///   `onlyIfEmpty` is set, or the demo organizations exist already.
    public static func seed(into installation: Installation, onlyIfEmpty: Bool, earning: Bool = true) throws -> Bool {
        guard try seedAccounts(into: installation, onlyIfEmpty: onlyIfEmpty) else { return false }
        let store = installation.store
        let now = installation.clock()
        for slug in ["riverbend", "lakeside"] {
            let organization = try store.organizations.find(slug: slug)
            let members = try store.members.members(of: organization.id)
            func person(_ email: String) -> Person.ID? { members.first { $0.person.email.rawValue == email }?.person.id }
            if slug == "riverbend", let author = person("designer@riverbend.example") {
                let pilot: [(Person.ID, PilotParticipant.Role)] = [
                    ("educator@riverbend.example", .educator), ("mei.chen@riverbend.example", .educator),
                    ("luis.ortega@riverbend.example", .educator), ("assessor@riverbend.example", .assessor),
                ].compactMap { email, role in person(email).map { ($0, role) } }
                try seedMicrocredentials(in: organization, author: author, pilot: pilot, store: store, at: now) {
                    guard earning else { return }
                    try assignAssessors(in: organization, person: person, store: store)
                    try seedCredentials(in: organization, person: person, installation: installation, at: now)
                }
                try seedPathway(in: organization, author: author, store: store, at: now)
                if earning { try seedEarning(in: organization, person: person, installation: installation, at: now) }
            } else if let author = person("admin@lakeside.example") {
                let microcredential = Microcredential(organizationID: organization.id, slug: "family-communication",
                                                      createdAt: now.addingTimeInterval(-30 * 86400), createdBy: author)
                let version = try store.microcredentials.create(microcredential, design: try design("family-communication"))
                try store.microcredentials.transition(version.id, to: .published, at: now.addingTimeInterval(-29 * 86400),
                                                      in: organization.id)
            }
        }
        return true
    }

    /// The bytes of a file shipped in `Demo/`, by its path there ("Designs/formative-assessment.json").
    static func resource(_ path: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: path, withExtension: nil),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw Administration.Problem(description: "The demo file '\(path)' is missing from Cairn's resources.")
        }
        return data
    }

    /// Seeds the two organizations, their schools and people, in one transaction.
    private static func seedAccounts(into installation: Installation, onlyIfEmpty: Bool) throws -> Bool {
        let store = installation.store
        let existing = try store.organizations.all()
        if onlyIfEmpty && !existing.isEmpty { return false }
        if existing.contains(where: { $0.slug == "riverbend" || $0.slug == "lakeside" }) { return false }
        let hash = try installation.passwords.hash(password)
        let now = installation.clock()
        try store.write { tx in
            try seedOrganization(name: "Riverbend Unified School District", slug: "riverbend",
                                 schools: riverbendSchools, seats: riverbend, hash: hash, at: now, store: store, in: tx)
            try seedOrganization(name: "Lakeside Academy", slug: "lakeside", schools: ["Lakeside Academy"],
                                 seats: lakeside, hash: hash, at: now, store: store, in: tx)
        }
        return true
    }

    private static func seedOrganization(name: String, slug: String, schools: [String], seats: [Seat], hash: String,
                                         at now: Date, store: Store, in tx: any Connection) throws {
        let organization = Organization(name: name, slug: slug, createdAt: now)
        try store.organizations.create(organization, in: tx)
        var schoolIDs: [String: School.ID] = [:]
        for schoolName in schools {
            let school = School(organizationID: organization.id, name: schoolName)
            try store.organizations.addSchool(school, in: tx)
            schoolIDs[schoolName] = school.id
        }
        for seat in seats {
            let person = Person(email: try EmailAddress(seat.email), displayName: seat.name, createdAt: now,
                                isOperator: seat.isOperator)
            try store.members.createPerson(person, passwordHash: seat.canSignIn ? hash : nil, in: tx)
            guard seat.canSignIn else {
                // Invited and not arrived: an invitation whose link nobody holds (the demo mails nothing).
                try store.invitations.create(Invitation(
                    organizationID: organization.id, personID: person.id, displayName: seat.name, roles: seat.roles,
                    schoolID: seat.school.flatMap { schoolIDs[$0] }, invitedBy: nil, tokenHash: Crypto.sha256Hex(Crypto.randomToken()),
                    createdAt: now), in: tx)
                continue
            }
            try store.members.addMembership(Membership(
                organizationID: organization.id, personID: person.id, roles: seat.roles,
                schoolID: seat.school.flatMap { schoolIDs[$0] }, status: seat.active ? .active : .deactivated,
                createdAt: now), in: tx)
        }
    }
}
