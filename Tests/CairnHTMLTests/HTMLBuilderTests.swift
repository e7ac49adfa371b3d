import Testing
@testable import CairnHTML

private struct Greeting: HTML {
    let name: String
    let isNew: Bool
    var body: some HTML {
        p(.class("greeting")) {
            "Welcome, "
            strong { name }
            if isNew { " (new here)" }
        }
    }
}

@Suite struct HTMLBuilderTests {
    @Test func writesElementsAttributesAndTextInOrder() {
        let html = div(.id("box"), .class("card")) {
            h2 { "Schools" }
            p { "Three schools." }
        }
        #expect(html.render() == #"<div id="box" class="card"><h2>Schools</h2><p>Three schools.</p></div>"#)
    }

    @Test func componentsRenderTheirBody() {
        #expect(Greeting(name: "Ana", isNew: true).render()
            == #"<p class="greeting">Welcome, <strong>Ana</strong> (new here)</p>"#)
        #expect(Greeting(name: "Ana", isNew: false).render()
            == #"<p class="greeting">Welcome, <strong>Ana</strong></p>"#)
    }

    @Test func textEscapesScriptTagsAndAmpersands() {
        let html = p { "<script>alert('hi')</script> & more" }
        #expect(html.render() == "<p>&lt;script&gt;alert('hi')&lt;/script&gt; &amp; more</p>")
    }

    @Test func escapingKeepsEveryOtherCharacterWholeBesideTheEscapedOnes() {
        let text = "é‹ü&<Ørsted>😀\"'&"
        let html = span(.title(text)) { text; "é" }
        #expect(html.render() == #"<span title="é‹ü&amp;&lt;Ørsted&gt;😀&quot;&#39;&amp;">é‹ü&amp;&lt;Ørsted&gt;😀"'&amp;é</span>"#)
        #expect(html.renderedBytes() == Array(html.render().utf8))
        let short = p { "&"; "ü"; "<" }  // strings short enough to be stored inline
        #expect(short.render() == "<p>&amp;ü&lt;</p>")
    }

    @Test func blocksArraysAndOptionalsKeepTheirOrder() {
        let items = ["one", "two & three"]
        let html = ul {
            for item in items { li { item } }
            if items.count > 5 { li { "many" } } else { li { "few" } }
            li { "last" }
        }
        #expect(html.render() == "<ul><li>one</li><li>two &amp; three</li><li>few</li><li>last</li></ul>")
    }

    @Test func attributeValuesEscapeQuotesSoTheyCannotBreakOut() {
        let html = div(.title(#"Ana "the coach" O'Neil & <co>"#)) {}
        #expect(html.render() == #"<div title="Ana &quot;the coach&quot; O&#39;Neil &amp; &lt;co&gt;"></div>"#)
    }

    @Test func entitiesInTextAreNotDecodedTwice() {
        #expect(p { "&lt;b&gt;" }.render() == "<p>&amp;lt;b&amp;gt;</p>")
    }

    @Test func trustedHTMLPassesThroughUnescaped() {
        let html = div { TrustedHTML(producedByCairn: "<em>rendered</em> &amp; safe") }
        #expect(html.render() == "<div><em>rendered</em> &amp; safe</div>")
    }

    @Test func booleanAttributesHaveNoValueAndNilLeavesThemOut() {
        let on = input(.type(.checkbox), .name("roles"), .value("admin"), true ? .checked : nil, .required)
        let off = input(.type(.checkbox), .name("roles"), .value("admin"), false ? .checked : nil)
        #expect(on.render() == #"<input type="checkbox" name="roles" value="admin" checked required>"#)
        #expect(off.render() == #"<input type="checkbox" name="roles" value="admin">"#)
    }

    @Test func loopsAndEitherBranchesBuildContent() {
        let items = ["Ash & Elm", "Birch"]
        let html = ul {
            for item in items { li { item } }
            if items.isEmpty { li { "None" } } else { li { "\(items.count) schools" } }
        }
        #expect(html.render() == "<ul><li>Ash &amp; Elm</li><li>Birch</li><li>2 schools</li></ul>")
    }

    @Test func ariaAttributesJoinIdsAndDisappearWhenEmpty() {
        let described = input(.describedBy(["email-hint", "email-error"]), .invalid(true))
        let plain = input(.describedBy([]), .invalid(false))
        #expect(described.render() == #"<input aria-describedby="email-hint email-error" aria-invalid="true">"#)
        #expect(plain.render() == "<input>")
    }

    @Test func doctypeStartsADocument() {
        #expect(HTMLDoctype().render() == "<!DOCTYPE html>\n")
    }
}
