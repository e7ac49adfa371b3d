/// The request-smuggling and size rules a request head must pass before its body is read: one
/// unambiguous body length, and a head no larger than the configured limit.
enum FramingCheck {
    /// Why the head is refused, or nil when it may be served.
    ///
    /// - Two `Content-Length` values that differ (as headers or as a list), or one that is not a
    ///   number, leave the body's end to guesswork: 400.
    /// - `Content-Length` beside `Transfer-Encoding` is the classic smuggling pair: 400.
    /// - A request line and headers over `maxHeaderBytes`: 431.
    static func refusal(of headers: HTTPHeaders, target: String, maxHeaderBytes: Int) -> HTTPError? {
        let lengths = headers.values("Content-Length")
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingSpaces }
        if !lengths.isEmpty {
            guard lengths.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), Set(lengths).count == 1 else {
                return .badRequest("The request gives its length more than once, or not as a number.")
            }
            if headers.contains("Transfer-Encoding") {
                return .badRequest("The request gives both a Content-Length and a Transfer-Encoding.")
            }
        }
        let headBytes = headers.reduce(target.utf8.count) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 }
        if headBytes > maxHeaderBytes {
            return HTTPError(.requestHeaderFieldsTooLarge, message: "The request's headers are too large.")
        }
        return nil
    }
}
