import CairnCore
import CairnHTML
import Testing
@testable import CairnWeb

@Suite struct MicrocredentialPageTests {
    var detail: String {
        MicrocredentialPage(context: Fixtures.publicContext(), organization: Fixtures.organization,
                            microcredential: Fixtures.microcredential, version: Fixtures.publishedVersion).render()
    }

    @Test func rubricHasACellPerCriterionAndLevelWithTheDescriptorEscaped() {
        let html = RubricTable(design: Fixtures.design).render()
        #expect(html.occurrences(of: #"<td class="table__cell rubric__descriptor" data-label="#) == 3 * 4)
        #expect(html.occurrences(of: #"<th scope="row" class="rubric__criterion" data-label="Criterion">"#) == 3)
        #expect(html.contains(#"<th scope="col" class="rubric__descriptor">Demonstrated<span class="table__note">2 points</span></th>"#))
        #expect(html.contains(#"<td class="table__cell rubric__descriptor" data-label="Exemplary · 3 points">Distractors map to misconceptions &amp; the plan says what to do for each &lt;one&gt;.</td>"#))
        #expect(html.contains("Earned when every criterion is at Demonstrated or above."))
    }

    @Test func rubricStacksOnANarrowScreenLikeEveryTable() {
        let html = RubricTable(design: Fixtures.design).render()
        #expect(html.contains(#"<table id="rubric" class="table table--stacking rubric">"#))
        #expect(html.contains(#"<div class="table-wrap" role="region" aria-labelledby="rubric-caption" tabindex="0">"#))
    }

    @Test func aMissingDescriptorIsSaidAloud() {
        let html = RubricTable(design: Fixtures.flawedDesign).render()
        #expect(html.occurrences(of: "rubric__descriptor--missing") == 2)
        #expect(html.contains(#"<span class="visually-hidden">No descriptor yet</span>"#))
    }

    @Test func pointsRuleIsWrittenInPlainWords() {
        var design = Fixtures.design
        design.rubric.successRule = .pointsAtLeast(minimum: 7, floor: "approaching")
        #expect(RubricTable(design: design).render().contains("at least 7 of 9 points and no criterion is below Approaching"))
    }

    @Test func scriptInTitleOrDescriptorIsEscaped() {
        let version = Fixtures.flawedVersion
        let html = PreviewPage(context: Fixtures.designer(), microcredential: Fixtures.microcredential, version: version).render()
        #expect(!html.contains("<script>"))
        #expect(html.contains("Academic &lt;script&gt;alert(1)&lt;/script&gt; Discourse"))
        #expect(html.contains("No talk moves &lt;b&gt;yet&lt;/b&gt;."))
        let editor = Fixtures.studioPages.first { $0.name == "editor" }!.html
        #expect(!editor.contains("<script>"))
        #expect(editor.contains("No talk moves &lt;b&gt;yet&lt;/b&gt;.</textarea>"))
    }

    @Test func markdownFieldsGoThroughTheRenderer() {
        let html = detail
        #expect(html.contains("<h4>Why it works</h4>"), "research's # heading moves under the section's h3")
        #expect(html.contains("<em>Inside the Black Box</em>"))
        #expect(html.contains("<th>Tool</th>"), "resources' table")
        #expect(html.contains(#"aria-label="Done">✓</span> Print the planning template"#))
        #expect(html.contains("Mention the grade, the subject and <strong>what students found hard</strong>."), "guidance")
        #expect(html.occurrences(of: "<h1") == 1)
    }

    @Test func aJavascriptLinkInTheDesignIsNotAnHref() {
        let html = detail
        #expect(!html.lowercased().contains("href=\"javascript"))
        #expect(html.contains(#"<a href="https://example.org/black-box">Inside the Black Box</a>"#))
        #expect(html.contains("<span>Trick</span>"))
    }

    @Test func detailShowsVersionDateAchievementLinkAndPathways() {
        let html = detail
        #expect(html.contains("<dt>Version</dt><dd>2</dd>"))
        #expect(html.contains(#"<time datetime="2026-11-18">18 November 2026</time>"#))
        #expect(html.contains(#"href="/o/riverbend/microcredentials/checks-for-understanding/versions/2/achievement.json""#))
        #expect(html.contains(#"<h2 id="pathways-heading">Pathways</h2>"#))
        #expect(html.contains("Between 100 and 300 words."))
        #expect(html.contains("Files: PDF or DOCX, up to 20 MB each."))
        #expect(html.contains("Video up to 10 minutes."))
        #expect(html.contains("Valid for 36 months after it is earned"))
        #expect(html.contains(#"<span class="badge badge--optional">Optional</span>"#))
    }

    @Test func publicPagesNameTheOrganizationAndLinkItsCatalog() {
        let html = detail
        #expect(html.contains(#"<p class="site-header__organization"><a href="/o/riverbend/catalog">Riverbend Unified School District</a></p>"#))
        #expect(html.contains(#"<a href="/o/riverbend/catalog" aria-current="page">Catalog</a>"#))
        #expect(html.contains(#"<a href="/signin">Sign in</a>"#))
    }

    @Test func catalogSearchIsAGetFormKeepingTheQueryWithoutCSRF() {
        let html = Fixtures.catalogPages.first { $0.name == "catalog-filtered" }!.html
        let form = html.forms.first { $0.contains(#"method="get""#) }!
        #expect(form.hasPrefix(#" method="get" action="/o/riverbend/catalog""#))
        #expect(!form.contains("_csrf"))
        #expect(form.contains(#"name="q" type="search" class="input" value="hinge""#))
        #expect(form.contains(#"<option value="6-8" selected>Grades 6–8</option>"#))
        #expect(form.contains(#"<option value="12" selected>Up to 12 hours</option>"#), "an unlisted limit from the URL stays chosen")
        #expect(form.contains(#"<option value="Assessment" selected>Assessment</option>"#))
        #expect(html.contains("1 microcredential matches"))
        #expect(html.contains(#"href="/o/riverbend/microcredentials/checks-for-understanding">Checks for Understanding</a>"#))
    }

    @Test func emptyCatalogSearchSaysSoAndOffersToClear() {
        let html = Fixtures.catalogPages.first { $0.name == "catalog-empty" }!.html
        #expect(html.contains("0 microcredentials match"))
        #expect(html.contains("Nothing matches this search."))
        #expect(html.contains(#"<a href="/o/riverbend/catalog">Show all microcredentials</a>"#))
    }

    @Test func printStylesheetHidesNavigationAndShowsLinkAddresses() throws {
        let directory = try #require(WebAssets.directory)
        let css = try String(contentsOfFile: directory + "/cairn.css", encoding: .utf8)
        let print = try #require(css.pieces(splitBy: "@media print").last)
        #expect(print.contains(".site-nav"))
        #expect(print.contains(".button"))
        #expect(print.contains(#"content: " (" attr(href) ")""#))
        #expect(print.contains(".rubric thead { display: table-header-group; }"))
    }
}
