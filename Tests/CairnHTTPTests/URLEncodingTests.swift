import Testing
@testable import CairnHTTP

/// Request targets are split and decoded byte by byte: what the router and handlers see.
@Suite struct URLEncodingTests {
    @Test(arguments: [
        ("/o/riverbend/catalog", ["o", "riverbend", "catalog"]),
        ("//o//é%2Fx/", ["o", "é%2Fx"]),
        ("/", []),
        ("", []),
        ("relative/path", ["relative", "path"]),
    ])
    func aPathSplitsIntoItsNonEmptySegmentsStillEncoded(path: String, segments: [String]) {
        #expect(URLEncoding.segments(of: path[...]).map(String.init) == segments)
    }

    @Test func theQueryStringStartsAtTheFirstQuestionMark() {
        #expect(URLEncoding.pathPart(of: "/o/x?q=a?b") == "/o/x")
        #expect(URLEncoding.queryPart(of: "/o/x?q=a?b") == "q=a?b")
        #expect(URLEncoding.pathPart(of: "/o/x") == "/o/x")
        #expect(URLEncoding.queryPart(of: "/o/x") == nil)
        #expect(URLEncoding.queryPart(of: "/o/x?") == "")
    }

    @Test func decodingLeavesPlainTextAsItIsAndDecodesEscapes() {
        #expect(URLEncoding.decode("plain-text_ü") == "plain-text_ü")
        #expect(URLEncoding.decode("a%20b+c") == "a b+c")
        #expect(URLEncoding.decode("a%20b+c", plusIsSpace: true) == "a b c")
        #expect(URLEncoding.decode("a+b", plusIsSpace: true) == "a b", "a plus alone is decoded too")
        #expect(URLEncoding.decode("100%") == "100%", "a malformed escape stays as sent")
        #expect(URLEncoding.decode("%C3%A9t%C3%A9") == "été")
    }

    @Test func aRequestReadsItsPathAndQueryFromTheTarget() {
        let request = Request(target: "/o/river%20bend/catalog?q=writing+circles&page=2")
        #expect(request.path == "/o/river bend/catalog")
        #expect(request.query["q"] == "writing circles")
        #expect(request.query["page"] == "2")
    }
}
