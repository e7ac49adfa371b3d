import CairnCore
@testable import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// The members list of a large organization: fifty to a page with links between pages, and a
/// search by part of a name or an email that keeps to the admin's organization.
@Suite struct MemberListPageTests {
    static let admin = "admin@riverbend.example"

    /// Adds `count` educators to Riverbend named "Zed Teacher 001"… so they sort after the demo's people.
    func addEducators(_ count: Int, to app: TestApp) throws {
        let riverbend = try app.store.organizations.find(slug: "riverbend")
        try app.store.load { loader in
            for index in 1...count {
                let person = Person(email: try EmailAddress("teacher\(index)@riverbend.example"),
                                    displayName: String(format: "Zed Teacher %03d", index), createdAt: Date())
                try loader.add(person, passwordHash: nil)
                try loader.add(Membership(organizationID: riverbend.id, personID: person.id, roles: [.educator], createdAt: Date()))
            }
        }
    }

    @Test func aLongListComesFiftyToAPageWithLinksBetweenPages() throws {
        try TestApp.with { app in
            try addEducators(70, to: app)
            let admin = try app.signedIn(Self.admin)
            let first = try admin.get("/admin/members")
            #expect(first.status == 200)
            let total = try app.store.members.members(of: try app.store.organizations.find(slug: "riverbend").id).count
            #expect(first.text.contains("1–50 of \(total) members, and 1 invitation waiting for an answer"))
            #expect(first.text.contains(#"<a href="/admin/members?page=2">Next page</a>"#))
            #expect(!first.text.contains("Previous page"))
            let second = try admin.get("/admin/members?page=2")
            #expect(second.text.contains("Zed Teacher 070"))
            #expect(!second.text.contains("Zed Teacher 001<"), "the first page's people are not repeated")
            #expect(second.text.contains(#"<a href="/admin/members?page=1">Previous page</a>"#))
            #expect(!second.text.contains("Next page"))
            #expect(try admin.get("/admin/members?page=abc").status == 200, "an unreadable page number shows the first page")
        }
    }

    @Test func aSearchFindsPartOfANameOrAnEmailAndKeepsItsWordsAcrossPages() throws {
        try TestApp.with { app in
            try addEducators(60, to: app)
            let admin = try app.signedIn(Self.admin)
            let teachers = try admin.get("/admin/members?q=zed+TEACHER")
            #expect(teachers.text.contains("Members 1–50 matching “zed TEACHER”"))
            #expect(!teachers.text.contains("Jordan Ellis"))
            #expect(teachers.text.contains(#"<a href="/admin/members?q=zed%20TEACHER&amp;page=2">Next page</a>"#))
            let byEmail = try admin.get("/admin/members?q=teacher7%40")
            #expect(byEmail.tableRow(containing: "Zed Teacher 007") != nil)
            #expect(byEmail.text.contains("1 member matching “teacher7@”<"))
            let nobody = try admin.get("/admin/members?q=%25")
            #expect(nobody.text.contains("Nobody’s name or email contains “%”."))
            let lakeside = try admin.get("/admin/members?q=Noah+Park")
            #expect(!lakeside.text.contains("teacher@lakeside.example"), "another organization's members are never found")
            let invited = try admin.get("/admin/members?q=hannah")
            #expect(invited.tableRow(containing: "Hannah Berg")?.contains("Withdraw") == true, "invitations are searched too")
        }
    }
}
