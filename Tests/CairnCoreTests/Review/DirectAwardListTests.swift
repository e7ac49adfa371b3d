import Foundation
import Testing
@testable import CairnCore

/// Reading the list of a direct award: pasted lines or a CSV, the run's narrative, and each row's own problems.
@Suite struct DirectAwardListTests {
    @Test func pastedLinesGiveOneRowEachWithTheirOwnNarrativeAfterTheFirstComma() throws {
        let list = try DirectAwardList(pasted: "maya@riverbend.example\n\n  luis@riverbend.example , Led the institute, twice.\r\n",
                                       narrative: "For the summer institute.")
        #expect(list.rows == [
            .init(line: 1, email: "maya@riverbend.example", narrative: "For the summer institute."),
            .init(line: 3, email: "luis@riverbend.example", narrative: "Led the institute, twice."),
        ])
    }

    @Test func aCSVNamesEmailAndNarrativeInAnyOrderAndCaseAndQuotedCommasStay() throws {
        let list = try DirectAwardList(csv: "Narrative,EMAIL,school\n\"Led it, twice.\",luis@riverbend.example,Cedar\n,maya@riverbend.example\n")
        #expect(list.rows == [
            .init(line: 2, email: "luis@riverbend.example", narrative: "Led it, twice."),
            .init(line: 3, email: "maya@riverbend.example", narrative: nil),
        ])
    }

    @Test(arguments: [
        (id: "empty paste", text: " \n\n", csv: false, expected: DirectAwardListError.empty),
        (id: "no email column", text: "name\nMaya\n", csv: true, expected: .missingEmailColumn),
        (id: "unclosed quote", text: "email\n\"maya@riverbend.example\n", csv: true, expected: .malformed(.unterminatedQuote(line: 2))),
    ])
    func aListThatCannotBeReadIsRefusedAsAWhole(id: String, text: String, csv: Bool, expected: DirectAwardListError) {
        #expect(throws: expected, "\(id)") { csv ? try DirectAwardList(csv: text) : try DirectAwardList(pasted: text) }
    }

    @Test func moreRowsThanOneRunAwardsAreRefusedWithTheCount() {
        let text = (0...DirectAwardList.maxRows).map { "e\($0)@riverbend.example" }.joined(separator: "\n")
        #expect(throws: DirectAwardListError.tooManyRows(DirectAwardList.maxRows + 1)) { try DirectAwardList(pasted: text) }
        #expect(DirectAwardListError.tooManyRows(5_001).message.contains("at most 5000"))
    }

    @Test func aNarrativeForTheWholeRunLongerThanTheLimitRefusesTheList() throws {
        let long = String(repeating: "a", count: DirectAwardList.maxNarrativeCharacters + 1)
        #expect(throws: DirectAwardListError.narrativeTooLong(characters: DirectAwardList.maxNarrativeCharacters + 1)) {
            try DirectAwardList(pasted: "e@riverbend.example", narrative: long)
        }
        #expect(throws: DirectAwardListError.narrativeTooLong(characters: DirectAwardList.maxNarrativeCharacters + 1)) {
            try DirectAwardList(csv: "email\ne@riverbend.example\n", narrative: "  " + long + "\n")
        }
        let atTheLimit = String(repeating: "a", count: DirectAwardList.maxNarrativeCharacters)
        #expect(try DirectAwardList(pasted: "e@riverbend.example", narrative: atTheLimit).rows.first?.narrative == atTheLimit)
    }

    @Test func eachRowsOwnProblemIsFoundAndAnAddressRepeatedInAnyCaseIsAProblemOfTheLaterRow() throws {
        let long = String(repeating: "a", count: DirectAwardList.maxNarrativeCharacters + 1)
        let list = try DirectAwardList(pasted: """
            maya@riverbend.example
            not an address
            MAYA@riverbend.example
            luis@riverbend.example, \(long)
            luis@riverbend.example
            """)
        #expect(list.problems() == [2: .invalidEmail("not an address"), 3: .duplicate(firstLine: 1),
                                    4: .narrativeTooLong(characters: long.count)])
        #expect(DirectAwardProblem.duplicate(firstLine: 1).message == "This email already appears on line 1; it is awarded once.")
    }

    @Test func aDirectAwardHasNoSubmissionNoResultsAndItsNarrative() {
        let version = MicrocredentialVersion(id: .init(rawValue: "v1"), microcredentialID: .init(rawValue: "m1"), number: 2, state: .published,
                                             design: Earning.design, createdAt: Earning.now)
        let award = Award.direct(of: version, in: Earning.org, to: Earning.ana, by: .commandLine, narrative: "Led it.", at: Earning.now)
        #expect(award.source == .direct(by: .commandLine, narrative: "Led it."))
        #expect(award.submissionID == nil && award.assessorID == nil && award.narrative == "Led it.")
        #expect(award.results.isEmpty && award.evidenceHashes.isEmpty && award.versionID == version.id)
        let byAdmin = Award.direct(of: version, in: Earning.org, to: Earning.ana, by: .admin(Earning.ben), narrative: nil, at: Earning.now)
        #expect(byAdmin.assessorID == Earning.ben)
    }
}
