import Foundation
import Testing
@testable import CairnHTML

@Suite struct MarkdownRendererTests {
    func render(_ source: String, base: Int = 3) -> String {
        MarkdownRenderer.render(source, baseHeadingLevel: base).render()
    }

    @Test func anImageFromAnotherHostBecomesALinkAndIsNeverLoaded() {
        #expect(render("![Anchor chart](https://tracker.example/a.png \"Chart\")")
                == "<p><a href=\"https://tracker.example/a.png\" title=\"Chart\">Anchor chart</a></p>\n")
        #expect(render("![](//tracker.example/pixel.gif)") == "<p><a href=\"//tracker.example/pixel.gif\">//tracker.example/pixel.gif</a></p>\n")
        #expect(!render("![x](HTTP://tracker.example/a.png)").contains("<img"))
        #expect(!render("![x](javascript:alert(1))").contains("javascript"), "an unsafe target is dropped, its text kept")
    }

    @Test func anImageServedByCairnStaysAnImage() {
        #expect(render("![Chart](/assets/chart.png)") == "<p><img src=\"/assets/chart.png\" alt=\"Chart\" /></p>\n")
        #expect(render("![Chart](chart.png)").contains("<img src=\"chart.png\""))
        #expect(render("![Dot](data:image/png;base64,iVBORw0KGgo=)").contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\""))
    }

    @Test func headingsMoveDownToTheBaseLevel() {
        #expect(render("# Research\n\n## Studies\n\n###### Deep", base: 3) == "<h3>Research</h3>\n<h4>Studies</h4>\n<h6>Deep</h6>\n")
        #expect(render("# Top", base: 1) == "<h1>Top</h1>\n")
    }

    @Test func paragraphsEmphasisAndLists() {
        #expect(render("Wait *three* seconds, **then** call.") == "<p>Wait <em>three</em> seconds, <strong>then</strong> call.</p>\n")
        #expect(render("- exit tickets\n- thumbs up\n\n1. plan\n2. teach") == """
            <ul>
            <li>exit tickets</li>
            <li>thumbs up</li>
            </ul>
            <ol>
            <li>plan</li>
            <li>teach</li>
            </ol>

            """)
    }

    @Test func linksKeepHttpTargetsAndAutolinkBareURLs() {
        #expect(render("[Black & Wiliam](https://example.org/inside?a=1&b=2)")
            == "<p><a href=\"https://example.org/inside?a=1&amp;b=2\">Black &amp; Wiliam</a></p>\n")
        #expect(render("See https://example.org/paper.") == "<p>See <a href=\"https://example.org/paper\">https://example.org/paper</a>.</p>\n")
    }

    @Test func tablesStrikethroughAndTaskLists() {
        let table = render("| Check | When |\n| --- | :-: |\n| Exit ticket | end |")
        #expect(table == """
            <table>
            <thead>
            <tr>
            <th>Check</th>
            <th align="center">When</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>Exit ticket</td>
            <td align="center">end</td>
            </tr>
            </tbody>
            </table>

            """)
        #expect(render("~~lecture~~ discussion") == "<p><del>lecture</del> discussion</p>\n")
        let tasks = render("- [x] plan\n- [ ] teach")
        #expect(tasks.contains(#"<span class="task-mark task-mark--done" role="img" aria-label="Done">✓</span> plan"#))
        #expect(tasks.contains(#"<span class="task-mark" role="img" aria-label="To do">☐</span> teach"#))
        #expect(!tasks.contains("<input"))
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "Hello <script>alert(1)</script> there",
        "<img src=x onerror=alert(1)>",
        "text <img src=x onerror=alert(1)> more",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<div onclick=\"alert(1)\">x</div>",
        "<input type=\"checkbox\" disabled=\"\" /> sneaky",
    ])
    func rawHTMLComesOutInert(_ source: String) {
        let html = render(source)
        #expect(!html.contains("<script"), "\(html)")
        #expect(!html.contains("<img"), "\(html)")
        #expect(!html.contains("<iframe"), "\(html)")
        #expect(!html.contains("<div"), "\(html)")
        #expect(!html.contains("<input"), "\(html)")
        #expect(!html.contains("onerror="), "\(html)")
        #expect(!html.contains("onclick="), "\(html)")
        #expect(!html.contains("href=\"javascript"), "\(html)")
    }

    @Test(arguments: [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  javascript:alert(1) )",
        "[x](vbscript:msgbox)",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
    ])
    func dangerousLinkTargetsAreDropped(_ source: String) {
        let html = render(source).lowercased()
        for attribute in ["href=\"", "src=\""] {
            for value in html.components(separatedBy: attribute).dropFirst() {
                #expect(!value.hasPrefix("javascript:") && !value.hasPrefix("vbscript:") && !value.hasPrefix("data:text"), "\(html)")
            }
        }
        #expect(!html.contains("href=\"\""), "an emptied link is unwrapped: \(html)")
    }

    @Test func anUnsafeLinkKeepsItsText() {
        #expect(render("Read [the *study*](javascript:alert(1)) first.") == "<p>Read the <em>study</em> first.</p>\n")
    }

    @Test func emptyOrBlankSourceRendersNothing() {
        #expect(render("") == "")
        #expect(render("  \n\t ") == "")
    }

    @Test func hugeAndPathologicalInputDoesNotCrash() {
        let cases = [
            String(repeating: "A paragraph with *emphasis* and [a link](https://example.org). ", count: 20_000),
            String(repeating: ">", count: 50_000) + " deep",
            String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000),
            String(repeating: "*a **b ", count: 30_000),
            String(repeating: "- ", count: 10_000) + "nested",
            "| a | b |\n| - | - |\n" + String(repeating: "| x | y |\n", count: 20_000),
            String(repeating: "|", count: 20_000) + "\n" + String(repeating: "-|", count: 10_000),
            String(repeating: "\u{0}\u{FFFF}é", count: 10_000),
        ]
        // cmark-gfm is linear on these (no timing here: speed belongs in bench/); what is checked is
        // that each renders, and that no output grows beyond the text shown (the rest is cut).
        for source in cases {
            let html = render(source)
            #expect(!html.isEmpty)
            #expect(html.utf8.count < 40 * source.utf8.count + 1_000, "\(source.prefix(40))…")
        }
        let long = render(String(repeating: "word ", count: 40_000))
        #expect(long.hasSuffix("<p><em>(The rest of this text is too long to show here.)</em></p>\n"))
    }

    @Test func markdownBlockWrapsTheMarkupAsProse() {
        #expect(MarkdownBlock("Hi <b>there</b>", baseHeadingLevel: 4).render()
            == "<div class=\"prose\"><p>Hi <!-- raw HTML omitted -->there<!-- raw HTML omitted --></p>\n</div>")
    }
}
