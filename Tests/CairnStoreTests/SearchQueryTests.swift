import Testing
@testable import CairnStore

@Suite struct SearchQueryTests {
    @Test(arguments: [
        ("discussion", #"("discussion")"#),
        ("Talk  MOVES", #"("talk" AND "moves")"#),
        (#""wait time" questioning"#, #"("wait time" AND "questioning")"#),
        ("checks or families", #"("checks" OR "families")"#),
        ("feedback -families -\"report cards\"", #"("feedback") NOT "families" NOT "report cards""#),
        ("k-2 literacy", #"("k 2" AND "literacy")"#),
        (#"talk"; DROP TABLE x; -- NEAR("#, #"("talk" AND "drop" AND "table" AND "x" AND "near")"#),
        ("or discussion", #"("or" AND "discussion")"#),
    ])
    func visitorTextBecomesAQuotedFTS5Query(_ text: String, _ fts5: String) {
        #expect(SearchQuery(text)?.fts5 == fts5)
    }

    @Test(arguments: ["", "   ", "-family", "' ; -- * (", "\"\""])
    func textWithoutAWordToFindIsNoQuery(_ text: String) {
        #expect(SearchQuery(text) == nil)
    }
}
