@testable import Cairn
@testable import CairnApp
import CairnCore
import Foundation
import Testing

/// `cairn award`: the operator awards a microcredential directly, by address or from a CSV, with the per-row report and its exit status.
@Suite struct AwardCommandTests {
    /// The demo's organizations in a fresh data directory; the body gets the directory and a published microcredential's slug.
    static func withDemo(_ body: (String, String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-award-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var settings = AppConfiguration()
        settings.dataDirectory = directory
        settings.fastPasswordHashing = true
        let slug: String
        do {
            let installation = try Installation(configuration: settings)
            defer { installation.close() }
            _ = try installation.migrate()
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            let riverbend = try installation.store.organizations.find(slug: "riverbend")
            slug = try #require(try installation.store.microcredentials.catalog(organization: riverbend.id).first).microcredential.slug
        }
        try body(directory, slug)
    }

    @Test func allRowsAwardedExitsZeroSomeRefusedExitsOneAndTheAwardNamesNoAdmin() throws {
        try Self.withDemo { directory, slug in
            let base = ["award", "--data-dir", directory, "--org", "riverbend", "--microcredential", slug]
            #expect(CairnCommandLine.run(base + ["--narrative", "For the pilot year.", "mei.chen@riverbend.example"]) == 0)
            #expect(CairnCommandLine.run(base + ["mei.chen@riverbend.example", "luis.ortega@riverbend.example"]) == 1,
                    "Mei holds it already; Luis is awarded")
            let file = directory + "/award.csv"
            try Data("email,narrative\neducator@riverbend.example,\"Led it, twice.\"\n".utf8).write(to: URL(fileURLWithPath: file))
            #expect(CairnCommandLine.run(base + ["--csv", file]) == 0)
            #expect(CairnCommandLine.run(["award", "--data-dir", directory, "--org", "riverbend", "--microcredential", "no-such-thing",
                                          "mei.chen@riverbend.example"]) == 1)

            var settings = AppConfiguration()
            settings.dataDirectory = directory
            let installation = try Installation(configuration: settings)
            defer { installation.close() }
            let riverbend = try installation.store.organizations.find(slug: "riverbend")
            let mei = try #require(try installation.store.members.fetchPerson(email: EmailAddress("mei.chen@riverbend.example")))
            #expect(try installation.store.reviews.awards(of: mei.id, in: riverbend.id).map(\.source)
                    == [.direct(by: .commandLine, narrative: "For the pilot year.")])
            let jordan = try #require(try installation.store.members.fetchPerson(email: EmailAddress("educator@riverbend.example")))
            #expect(try installation.store.reviews.awards(of: jordan.id, in: riverbend.id).first?.narrative == "Led it, twice.")
        }
    }

    @Test(arguments: [
        ["--org", "riverbend", "mei.chen@riverbend.example"],
        ["--microcredential", "x", "mei.chen@riverbend.example"],
        ["--org", "riverbend", "--microcredential", "x"],
        ["--org", "riverbend", "--microcredential", "x", "--csv", "/nonexistent/award.csv"],
        ["--org", "riverbend", "--microcredential", "x", "--csv", "a.csv", "mei.chen@riverbend.example"],
        ["--org", "riverbend", "--microcredential", "x", "--bogus"],
    ])
    func aMistakeInTheCallIsAUsageError(_ arguments: [String]) {
        #expect(CairnCommandLine.run(["award"] + arguments) == 64)
    }

    @Test func theReportPrintsOneLinePerRowWithTheCredentialOrTheReasonThenTheCounts() throws {
        try Self.withDemo { directory, slug in
            var settings = AppConfiguration()
            settings.dataDirectory = directory
            let installation = try Installation(configuration: settings)
            defer { installation.close() }
            let notifications = Notifications(installation: installation, links: .endpoints) { _, _ in }
            let report = try BulkAwarding(installation: installation, notifications: notifications)
                .awardFromCommandLine(organization: "riverbend", microcredential: slug,
                                      to: try DirectAwardList(pasted: "mei.chen@riverbend.example\nnobody@riverbend.example"))
            let lines = AwardCommand.text(of: report).split(separator: "\n").map(String.init)
            #expect(lines.count == 4)
            #expect(lines[1].hasPrefix("  line 1  mei.chen@riverbend.example  awarded  http://127.0.0.1:8080/credentials/"))
            #expect(lines[2] == "  line 2  nobody@riverbend.example  not awarded: Nobody with this email is an active member of your organization. Invite them first.")
            #expect(lines[3] == "1 awarded, 1 not awarded.")
            #expect(Help.text(for: AwardCommand.configuration).contains("--microcredential"))
        }
    }
}
