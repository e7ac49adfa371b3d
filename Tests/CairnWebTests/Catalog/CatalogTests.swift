import CairnCore
import CairnHTML
@testable import CairnWeb
import Foundation
import Testing

/// The public catalog: anyone can list, search and filter an organization's published
/// microcredentials, read one with its whole rubric, and fetch its Open Badges Achievement.
@Suite struct CatalogTests {
    static let catalog = "/o/riverbend/catalog"

    /// The slugs of the cards the catalog page lists, in order.
    static func listed(_ page: TestResponse, organization: String = "riverbend") -> [String] {
        let pattern = #"<h3 class="card__title"><a href="/o/\#(organization)/microcredentials/([a-z0-9-]+)""#
        let regex = try! NSRegularExpression(pattern: pattern)
        let text = page.text
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The catalog with `query` (already URL-encoded), as the slugs it lists; expects a 200.
    static func search(_ query: String, in app: TestApp, sourceLocation: SourceLocation = #_sourceLocation) throws -> Set<String> {
        let page = try app.client().get(catalog + "?" + query)
        #expect(page.status == 200, "GET \(catalog)?\(query)", sourceLocation: sourceLocation)
        return Set(listed(page))
    }

    static let published: Set = ["formative-assessment", "culturally-responsive-practice", "small-group-instruction"]

    @Test(arguments: TestEngine.available)
    func theCatalogListsTheLatestPublishedVersionsAndSearchesAndFiltersThem(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            // A draft revision of a published microcredential gets a new title: the catalog keeps the published one.
            var draft = try #require(try app.versions("formative-assessment").last)
            #expect(draft.state == .draft)
            try draft.edit { $0.title = "Zebra Draft Title Nobody Should See" }
            try app.store.microcredentials.saveDraft(draft, in: app.organization("riverbend").id)

            let page = try app.client().get(Self.catalog)
            #expect(page.status == 200)
            #expect(Self.listed(page).sorted() == Self.published.sorted(), "not drafts, pilots or retired ones")
            #expect(page.text.contains("3 microcredentials"))
            #expect(page.text.contains("Checking for Understanding During Instruction"))
            #expect(!page.text.contains("Zebra"))
            #expect(!page.text.contains("Structured Academic Discourse"), "in pilot")
            #expect(!page.text.contains("Feedback That Moves Student Writing Forward"), "a draft")
            #expect(!page.text.contains("Two-Way Communication with Families"), "retired")
            let smallGroup = try app.client().get("/o/riverbend/microcredentials/small-group-instruction")
            #expect(smallGroup.status == 200)
            #expect(smallGroup.text.contains("<dt>Version</dt><dd>2</dd>"), "the latest published version, not the retired v1")

            // Search: a word, a stemmed form, and words only drafts, pilots or retired ones contain.
            #expect(try Self.search("q=hinge", in: app) == ["formative-assessment"])
            #expect(try Self.search("q=Understanding", in: app) == ["formative-assessment"])
            #expect(try Self.search("q=grouping", in: app) == ["small-group-instruction"], "stemmed: groups, grouping")
            #expect(try Self.search("q=regrouped", in: app) == ["small-group-instruction"], "stemmed: regroup, regrouping")
            #expect(try Self.search("q=families", in: app) == ["culturally-responsive-practice"])
            #expect(try Self.search("q=discussion", in: app) == [], "only the pilot has it")
            #expect(try Self.search("q=writing", in: app) == [], "only the draft has it")
            #expect(try Self.search("q=zebra", in: app) == [], "only the draft revision has it")
            #expect(try Self.search("q=hinge+lesson", in: app) == ["formative-assessment"], "every word")
            let nothing = try app.client().get(Self.catalog + "?q=zebra")
            #expect(nothing.text.contains("Nothing matches this search."))

            // Each filter narrows.
            #expect(try Self.search("subject=Differentiation", in: app) == ["small-group-instruction"])
            #expect(try Self.search("subject=assessment", in: app) == ["formative-assessment"], "case-insensitive")
            #expect(try Self.search("subject=Instruction", in: app) == Self.published)
            #expect(try Self.search("subject=Family+engagement", in: app) == [], "only the retired one")
            #expect(try Self.search("grade=9-12", in: app) == ["formative-assessment", "culturally-responsive-practice"])
            #expect(try Self.search("grade=prek", in: app) == [])
            #expect(try Self.search("max_hours=10", in: app) == ["formative-assessment"])
            #expect(try Self.search("max_hours=12", in: app) == ["formative-assessment", "small-group-instruction"])
            #expect(try Self.search("min_credit=1.5", in: app) == ["culturally-responsive-practice"])
            #expect(try Self.search("min_credit=1", in: app) == Self.published)
            #expect(try Self.search("grade=k-2&max_hours=12&min_credit=1&subject=Literacy", in: app) == ["small-group-instruction"])
            #expect(try Self.search("q=lesson&grade=9-12&max_hours=10", in: app) == ["formative-assessment"])

            // Nonsense is ignored, never a server error.
            for nonsense in ["max_hours=abc", "max_hours=-5", "max_hours=nan", "max_hours=1e999", "max_hours=inf",
                             "min_credit=lots", "min_credit=-1", "min_credit=nan", "grade=k-12", "grade=%27%3B--",
                             "max_hours=&min_credit=&grade=&subject=&q=", "q=%22", "q=-", "q=NEAR%28a+b%29",
                             "q=%2A", "q=a+OR", "q=%22unclosed+phrase", "q=%00", "q=" + String(repeating: "x", count: 3000)] {
                let found = try Self.search(nonsense, in: app)
                #expect(found == Self.published || nonsense.hasPrefix("q="), "\(nonsense) → \(found)")
            }
            #expect(try Self.search("max_hours=1e999", in: app) == Self.published)
        }
    }

    @Test func theDetailPageShowsEverythingAnEducatorNeedsToDecide() throws {
        try TestApp.with { app in
            let anonymous = app.client()
            for slug in Self.published {
                let version = try #require(try app.store.microcredentials.latestPublished(
                    of: app.microcredential(slug).id, in: app.organization("riverbend").id))
                let design = version.design
                let page = try anonymous.get("/o/riverbend/microcredentials/\(slug)")
                #expect(page.status == 200, "\(slug)")
                let text = page.unescaped
                #expect(text.contains(design.title))
                #expect(text.contains("About \(Wording.hours(design.estimatedHours))"), "\(slug): hours of work")
                #expect(text.contains(Wording.creditHours(design.creditHours)), "\(slug): credit hours")
                for objective in design.objectives {
                    #expect(text.contains(objective.statement), "\(slug): objective \(objective.id)")
                }
                for requirement in design.requirements {
                    #expect(text.contains(requirement.title), "\(slug): requirement \(requirement.id)")
                }
                for level in design.rubric.levels {
                    #expect(text.contains(level.name), "\(slug): level \(level.id)")
                }
                for criterion in design.rubric.criteria {
                    let row = try #require(page.tableRow(containing: HTMLText.escape(criterion.title)), "\(slug): \(criterion.id)")
                    for level in design.rubric.levels {
                        let descriptor = try #require(criterion.descriptors[level.id])
                        #expect(row.contains("data-label=\"\(HTMLText.escape(level.name)) · \(Wording.count(level.points, "point"))\">\(HTMLText.escape(descriptor))</td>"),
                                "\(slug): \(criterion.id) at \(level.id)")
                    }
                }
                #expect(!text.contains("No descriptor yet"))
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func versionsDraftsPilotsAndOtherOrganizations(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let anonymous = app.client()
            func status(_ path: String) throws -> Int { try anonymous.get(path).status }
            // A retired version and a published one can be read; a draft or a pilot cannot.
            let retired = try anonymous.get("/o/riverbend/microcredentials/small-group-instruction/versions/1")
            #expect(retired.status == 200)
            #expect(retired.unescaped.contains("This version is retired"))
            #expect(retired.unescaped.contains("Read the current version (2)"))
            #expect(try status("/o/riverbend/microcredentials/small-group-instruction/versions/2") == 200)
            #expect(try status("/o/riverbend/microcredentials/family-communication/versions/1") == 200)
            #expect(try status("/o/riverbend/microcredentials/formative-assessment/versions/1") == 200)
            for path in ["/o/riverbend/microcredentials/formative-assessment/versions/2",
                         "/o/riverbend/microcredentials/formative-assessment/versions/2/achievement.json",
                         "/o/riverbend/microcredentials/feedback-on-writing",
                         "/o/riverbend/microcredentials/feedback-on-writing/versions/1",
                         "/o/riverbend/microcredentials/academic-discourse",
                         "/o/riverbend/microcredentials/academic-discourse/versions/1",
                         "/o/riverbend/microcredentials/academic-discourse/versions/1/achievement.json",
                         "/o/riverbend/microcredentials/family-communication",  // only retired versions: nothing current
                         "/o/riverbend/microcredentials/small-group-instruction/versions/3",
                         "/o/riverbend/microcredentials/small-group-instruction/versions/0",
                         "/o/riverbend/microcredentials/small-group-instruction/versions/-1",
                         "/o/riverbend/microcredentials/small-group-instruction/versions/two",
                         "/o/riverbend/microcredentials/small-group-instruction/versions/99999999999999999999999",
                         "/o/riverbend/microcredentials/no-such-thing",
                         "/o/nowhere/catalog", "/o/nowhere/microcredentials/formative-assessment",
                         "/o/nowhere/microcredentials/formative-assessment/versions/1/achievement.json"] {
                #expect(try status(path) == 404, "\(path)")
            }
            let draftJSON = try anonymous.get("/o/riverbend/microcredentials/formative-assessment/versions/2",
                                              headers: [("Accept", "application/ld+json")])
            #expect(draftJSON.status == 404)

            // Another organization's slug in the path never shows Riverbend's microcredentials.
            let lakeside = try anonymous.get("/o/lakeside/catalog")
            #expect(lakeside.status == 200)
            #expect(Self.listed(lakeside, organization: "lakeside") == ["family-communication"])
            #expect(!lakeside.text.contains("/o/riverbend/"))
            #expect(!lakeside.text.contains("Checking for Understanding"))
            #expect(Self.listed(try anonymous.get("/o/lakeside/catalog?q=hinge"), organization: "lakeside").isEmpty)
            for slug in Self.published.union(["academic-discourse", "feedback-on-writing"]) {
                #expect(try status("/o/lakeside/microcredentials/\(slug)") == 404, "\(slug)")
                #expect(try status("/o/lakeside/microcredentials/\(slug)/versions/1") == 404, "\(slug)")
                #expect(try status("/o/lakeside/microcredentials/\(slug)/versions/1/achievement.json") == 404, "\(slug)")
            }
            // The same slug in both: each organization's own.
            let theirs = try anonymous.get("/o/lakeside/microcredentials/family-communication")
            #expect(theirs.status == 200)
            #expect(theirs.text.contains("<dt>Designed by</dt><dd>Lakeside Academy</dd>"))
            #expect(!theirs.text.contains("Riverbend"))
        }
    }

    @Test(arguments: TestEngine.available)
    func theAchievementJSONComesByContentNegotiationAndAtItsOwnURL(_ engine: TestEngine) throws {
        try TestApp.with(engine, configure: { $0.publicURL = "http://cairn.test" }) { app in
            let anonymous = app.client()
            let path = "/o/riverbend/microcredentials/culturally-responsive-practice/versions/1"
            let design = try #require(try app.versions("culturally-responsive-practice").first).design

            var documents: [[String: Any]] = []
            for (target, accept) in [(path, "application/ld+json"), (path, "application/json"),
                                     (path, "text/html;q=0.5, application/ld+json"),
                                     (path + "/achievement.json", "text/html"), (path + "/achievement.json", "*/*")] {
                let response = try anonymous.get(target, headers: [("Accept", accept)])
                #expect(response.status == 200, "\(target) Accept: \(accept)")
                #expect(response.header("Content-Type")?.hasPrefix("application/ld+json") == true, "\(target) Accept: \(accept)")
                #expect(response.header("Vary")?.contains("Accept") == true)
                documents.append(try response.jsonObject())
            }
            for accept in ["text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                           "application/json;q=0.5, text/html", "*/*"] {
                let response = try anonymous.get(path, headers: [("Accept", accept)])
                #expect(response.status == 200)
                #expect(response.header("Content-Type")?.hasPrefix("text/html") == true, "Accept: \(accept)")
                #expect(response.header("Vary")?.contains("Accept") == true, "a cache must not serve the HTML for JSON")
                #expect(response.text.contains("<table id=\"rubric\""))
            }
            let noAccept = try anonymous.get(path)
            #expect(noAccept.header("Content-Type")?.hasPrefix("text/html") == true)

            for document in documents {
                #expect(document["id"] as? String == "http://cairn.test" + path)
                #expect((document["type"] as? [String])?.contains("Achievement") == true)
                #expect(document["name"] as? String == design.title)
                let criteria = try #require(document["criteria"] as? [String: Any])
                let narrative = try #require(criteria["narrative"] as? String)
                #expect(narrative.contains(design.competency))
                for requirement in design.requirements { #expect(narrative.contains(requirement.title)) }

                let results = try #require(document["resultDescription"] as? [[String: Any]])
                #expect(results.count == design.rubric.criteria.count)
                for (result, criterion) in zip(results, design.rubric.criteria) {
                    #expect(result["name"] as? String == criterion.title)
                    #expect((result["type"] as? [String])?.contains("ResultDescription") == true)
                    #expect(result["allowedValue"] as? [String] == design.rubric.levels.map(\.name))
                    let levels = try #require(result["rubricCriterionLevel"] as? [[String: Any]])
                    #expect(levels.map { $0["name"] as? String } == design.rubric.levels.map(\.name))
                    #expect(levels.map { $0["description"] as? String } == design.rubric.levels.map { criterion.descriptors[$0.id] })
                    #expect(levels.map { $0["points"] as? String } == design.rubric.levels.map { String($0.points) })
                    let required = try #require(result["requiredLevel"] as? String)
                    #expect(levels.contains { $0["id"] as? String == required }, "requiredLevel names one of its levels")
                }
                let alignments = try #require(document["alignment"] as? [[String: Any]])
                #expect(alignments.map { $0["targetDescription"] as? String } == design.objectives.map(\.statement))
                #expect(alignments.allSatisfy { ($0["targetUrl"] as? String)?.hasPrefix("http://cairn.test" + path + "#objective-") == true })
                let creator = try #require(document["creator"] as? [String: Any])
                #expect(creator["name"] as? String == "Riverbend Unified School District")
                #expect((document["@context"] as? [String])?.first == "https://www.w3.org/ns/credentials/v2")
            }

            // A retired version's Achievement stays available: credentials issued for it point there.
            let retired = try anonymous.get("/o/riverbend/microcredentials/small-group-instruction/versions/1/achievement.json")
            #expect(retired.status == 200)
            #expect(try retired.jsonObject()["id"] as? String
                    == "http://cairn.test/o/riverbend/microcredentials/small-group-instruction/versions/1")
        }
    }
}

/// HTML text as the pages render it (`&`, `<`, `>` escaped).
enum HTMLText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
