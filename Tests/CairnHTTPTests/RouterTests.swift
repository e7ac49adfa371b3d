import Testing
@testable import CairnHTTP

private func router(_ middleware: [any Middleware] = []) -> Router {
    var router = Router(middleware: middleware)
    router.get("/") { _ in .text("home") }
    router.get("/members/:id") { .text("member \($0.parameters["id"] ?? "?")") }
    router.get("/members/new") { _ in .text("new member form") }
    router.post("/members/:id") { .text("updated \($0.parameters["id"] ?? "?")") }
    router.get("/assets/*path") { .text("asset \($0.parameters["path"] ?? "?")") }
    router.get("/stream") { _ in Response(body: .stream { write in try [1, 2, 3].withUnsafeBytes(write) }) }
    return router
}

private func text(_ response: Response) -> String {
    guard case .bytes(let bytes) = response.body else { return "<not bytes>" }
    return String(decoding: bytes, as: UTF8.self)
}

@Test func literalSegmentsWinOverParameters() throws {
    #expect(text(try router().respond(to: Request(target: "/members/new"))) == "new member form")
    #expect(text(try router().respond(to: Request(target: "/members/42"))) == "member 42")
}

@Test func aPatternStartingWithAParameterCompetesWithLiteralsOfTheSameLength() throws {
    var router = Router()
    router.get("/:org/catalog") { .text("catalog of \($0.parameters["org"] ?? "?")") }
    router.get("/admin/catalog") { _ in .text("admin catalog") }
    router.get("/admin/:page") { .text("admin \($0.parameters["page"] ?? "?")") }
    router.get("/:org/:page") { .text("\($0.parameters["org"] ?? "?") \($0.parameters["page"] ?? "?")") }
    #expect(text(try router.respond(to: Request(target: "/admin/catalog"))) == "admin catalog")
    #expect(text(try router.respond(to: Request(target: "/admin/members"))) == "admin members")
    #expect(text(try router.respond(to: Request(target: "/northfield/catalog"))) == "catalog of northfield")
    #expect(text(try router.respond(to: Request(target: "/northfield/about"))) == "northfield about")
    #expect(throws: HTTPError.notFound()) { try router.respond(to: Request(target: "/northfield/about/more")) }
}

@Test func parametersArePercentDecodedPerSegment() throws {
    #expect(text(try router().respond(to: Request(target: "/members/a%2Fb%20c"))) == "member a/b c")
}

@Test func tailCapturesTheRestOfThePath() throws {
    #expect(text(try router().respond(to: Request(target: "/assets/css/site.css?v=1"))) == "asset css/site.css")
}

@Test func unknownPathThrowsNotFound() {
    #expect(throws: HTTPError.notFound()) { try router().respond(to: Request(target: "/nowhere")) }
}

@Test func knownPathWithOtherMethodThrowsMethodNotAllowedWithAllow() {
    #expect(throws: HTTPError.methodNotAllowed(allowed: [.get, .post, .head])) {
        try router().respond(to: Request(method: .delete, target: "/members/7"))
    }
}

@Test func headFallsBackToGetAndDropsStreams() throws {
    #expect(text(try router().respond(to: Request(method: .head, target: "/"))) == "home")
    let streamed = try router().respond(to: Request(method: .head, target: "/stream"))
    #expect(text(streamed) == "")
}

private struct RouteEcho: Middleware {
    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        do {
            var response = try next(request)
            response.headers.set("X-Route", request.route ?? "none")
            return response
        } catch let error as HTTPError {
            var response = error.response(for: request)
            response.headers.set("X-Route", request.route ?? "none")
            return response
        }
    }
}

@Test func middlewareRunsAfterMatchingAndSeesTheRoute() throws {
    let matched = try router([RouteEcho()]).respond(to: Request(target: "/members/9"))
    #expect(matched.headers["X-Route"] == "/members/:id")
    let unmatched = try router([RouteEcho()]).respond(to: Request(target: "/nope"))
    #expect(unmatched.status == .notFound)
    #expect(unmatched.headers["X-Route"] == "none")
}

@Test(arguments: [("/a/:x", "/a/:y", true), ("/a/:x", "/a/b", false), ("/a/*rest", "/a/*tail", true),
                  ("/a/b", "/a/b/", true), ("/a/:x", "/a/*x", false)])
func clashDetection(_ a: String, _ b: String, _ clash: Bool) {
    #expect(RoutePattern(a).clashes(with: RoutePattern(b)) == clash)
}

@Test func requestParsesQueryAndCookies() {
    let request = Request(target: "/search?q=two+words&tag=a&tag=b%26c", headers: ["Cookie": "sid=abc; theme=\"dark\""])
    #expect(request.path == "/search")
    #expect(request.query["q"] == "two words")
    #expect(request.query.values("tag") == ["a", "b&c"])
    #expect(request.cookies == ["sid": "abc", "theme": "dark"])
}

@Test func aCopyOfARequestKeepsItsValuesWhenAnotherCopyChangesThem() {
    let original = Request(id: "first", target: "/a?q=1", headers: ["Accept": "text/html"], body: [1, 2])
    var copy = original
    copy.id = "second"
    copy.headers.add("Accept", "application/json")
    copy.body.append(3)
    copy.path = "/b"
    copy.cookies["sid"] = "x"
    #expect(original.id == "first" && copy.id == "second")
    #expect(original.headers.values("Accept") == ["text/html"])
    #expect(copy.headers.values("Accept") == ["text/html", "application/json"])
    #expect(original.body == [1, 2] && copy.body == [1, 2, 3])
    #expect(original.path == "/a" && copy.path == "/b")
    #expect(original.cookies.isEmpty && copy.cookies == ["sid": "x"])
    #expect(copy.target == "/a?q=1" && copy.query["q"] == "1", "what was not changed is the same")
}

@Test func requestIdsAreAcceptedOnlyWhenShortAndSafe() {
    #expect(RequestID.accept("abc-123") == "abc-123")
    #expect(RequestID.accept("bad id") != "bad id")
    #expect(RequestID.accept(String(repeating: "a", count: 65)).count == 16)
    #expect(RequestID.accept(nil).count == 16)
}

@Test func generatedRequestIdsAreSixteenLowercaseHexDigitsAndDiffer() {
    let ids = (0..<200).map { _ in RequestID.generate() }
    #expect(ids.allSatisfy { $0.utf8.count == 16 && $0.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) } })
    #expect(Set(ids).count == ids.count)
    // Every digit appears somewhere, leading zeros included (no digit is dropped or shifted).
    #expect(Set(ids.joined()).count == 16)
}
