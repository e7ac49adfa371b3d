import Foundation
import Testing
@testable import CairnCore

@Suite struct RosterImportTests {
    @Test func validRowsBecomeEntriesWithRolesAndSchool() throws {
        let roster = try RosterImport(csv: """
            Email,Name,Roles,School
            ana@riverbend.example,Ana Lopez,Assessor; coach,North Elementary
            BEN@riverbend.example,"Ben, Jr.",,
            """)
        #expect(roster.rejections == [])
        #expect(roster.entries == [
            .init(line: 2, email: .fixture("ana@riverbend.example"), name: "Ana Lopez", roles: [.assessor, .coach], school: "North Elementary"),
            .init(line: 3, email: .fixture("ben@riverbend.example"), name: "Ben, Jr.", roles: [.educator], school: nil),
        ])
    }

    @Test func columnsMayComeInAnyOrderAndRolesAndSchoolAreOptional() throws {
        let roster = try RosterImport(csv: "name,email\r\nAna,ana@riverbend.example\r\n")
        #expect(roster.entries.map(\.email) == [.fixture("ana@riverbend.example")])
        #expect(roster.entries.first?.roles == RosterImport.defaultRoles)
    }

    @Test func badRowsAreReportedWithLineNumbersAndNeverStopGoodOnes() throws {
        let roster = try RosterImport(csv: """
            email,name,roles
            ana@riverbend.example,Ana,educator
            not-an-email,Bob,educator
            "cy@riverbend.example","Cy
            Multi-line",principal;coach
            ana@riverbend.example,Ana Again,
            dee@riverbend.example,,
            eve@riverbend.example,Eve,designer
            """)
        #expect(roster.entries.map(\.line) == [2, 8])
        #expect(roster.rejections == [
            .init(line: 3, problems: [.invalidEmail("not-an-email")]),
            .init(line: 4, problems: [.invalidName(.controlCharacters), .unknownRole("principal")]),
            .init(line: 6, problems: [.duplicateEmail(firstLine: 2)]),
            .init(line: 7, problems: [.invalidName(.empty)]),
        ])
    }

    @Test func aRowCanHaveSeveralProblems() throws {
        let roster = try RosterImport(csv: "email,name,roles\nnope,,wizard\n")
        #expect(roster.rejections == [.init(line: 2, problems: [.invalidEmail("nope"), .invalidName(.empty), .unknownRole("wizard")])])
    }

    @Test func aNameLongerThanTheInviteFormAllowsIsRefused() throws {
        let roster = try RosterImport(csv: "email,name\nana@riverbend.example,\(String(repeating: "a", count: 100_005))\n")
        #expect(roster.entries.isEmpty)
        #expect(roster.rejections == [.init(line: 2, problems: [.invalidName(.tooLong(maximum: PersonName.maximumLength))])])
    }

    @Test func aShortRowIsMissingItsValues() throws {
        let roster = try RosterImport(csv: "email,name\nana@riverbend.example\n")
        #expect(roster.rejections == [.init(line: 2, problems: [.invalidName(.empty)])])
    }

    @Test func theFileNeedsAHeaderWithEmailAndName() {
        #expect(throws: RosterImportError.empty) { try RosterImport(csv: "") }
        #expect(throws: RosterImportError.missingColumns(["name"])) { try RosterImport(csv: "email,roles\na@b.org,coach") }
        #expect(throws: RosterImportError.missingColumns(["email", "name"])) { try RosterImport(csv: "who\nx") }
        #expect(throws: RosterImportError.malformed(.unterminatedQuote(line: 2))) { try RosterImport(csv: "email,name\n\"a") }
    }
}
