import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A response as a test sees it: status, headers (lowercased names, every value), body text.
struct TestResponse {
    let status: Int
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The first value of a header, by case-insensitive name.
    func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }

    /// Every value of a header (several `Set-Cookie`, say).
    func headers(_ name: String) -> [String] {
        headers.filter { $0.name == name.lowercased() }.map(\.value)
    }

    /// Where a redirect points.
    var location: String? { header("Location") }

    /// The whole `Set-Cookie` header that sets (or clears) the named cookie.
    func setCookie(_ name: String) -> String? {
        headers("set-cookie").first { $0.hasPrefix(name + "=") }
    }

    /// The `value` attribute of the first hidden `_csrf` input on the page.
    var csrfToken: String? {
        guard let range = text.range(of: #"name="_csrf" value="([^"]*)""#, options: .regularExpression) else { return nil }
        let match = text[range]
        return match.split(separator: "\"").dropFirst(3).first.map(String.init)
    }

    /// The text of the error message shown next to a field (`<p class="field-error" id="email-error">`),
    /// without the visually hidden "Error: " prefix; nil when the field shows no error.
    func fieldError(_ field: String) -> String? {
        let id = String(field.map { $0 == "_" ? "-" : $0 }) + "-error"
        guard let start = text.range(of: "id=\"\(id)\">"),
              let end = text.range(of: "</p>", range: start.upperBound..<text.endIndex) else { return nil }
        let inner = String(text[start.upperBound..<end.lowerBound])
        return inner.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "Error: ", with: "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The `value` attribute of the input named `name`, as the page renders it (escaped), or nil.
    func inputValue(_ name: String) -> String? {
        let pattern = #"<input[^>]*name="\#(name)"[^>]*>"#
        guard let tag = text.range(of: pattern, options: .regularExpression).map({ String(text[$0]) }),
              let value = tag.range(of: #"value="[^"]*""#, options: .regularExpression) else { return nil }
        return String(tag[value].dropFirst(7).dropLast())
    }

    /// The table row (`<tr>…</tr>`) that contains `text`, such as a member's email address.
    func tableRow(containing text: String) -> String? {
        self.text.components(separatedBy: "<tr").dropFirst().map { "<tr" + ($0.components(separatedBy: "</tr>").first ?? "") }
            .first { $0.contains(text) }
    }

    /// Whether the checkbox or option with this name and value is checked or selected.
    func isChosen(_ name: String, _ value: String) -> Bool {
        let input = #"<input[^>]*name="\#(name)"[^>]*value="\#(value)"[^>]*>"#
        if let range = text.range(of: input, options: .regularExpression) { return text[range].contains("checked") }
        let option = #"<option[^>]*value="\#(value)"[^>]*>"#
        if let range = text.range(of: option, options: .regularExpression) { return text[range].contains("selected") }
        return false
    }
}

/// A browser-like HTTP/1.1 client for tests: speaks real HTTP over a loopback socket, keeps
/// cookies, never follows redirects (tests check them).
final class HTTPTestClient {
    let port: Int
    var cookies: [String: String] = [:]
    /// Headers sent with every request (an `X-Forwarded-For` to stand at another address).
    var standingHeaders: [(String, String)] = []

    init(port: Int) { self.port = port }

    func get(_ target: String, headers: [(String, String)] = []) throws -> TestResponse {
        try send(method: "GET", target: target, headers: headers, body: [])
    }

    /// Posts a url-encoded form.
    func post(_ target: String, form: [(String, String)], headers: [(String, String)] = []) throws -> TestResponse {
        let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try send(method: "POST", target: target,
                        headers: headers + [("Content-Type", "application/x-www-form-urlencoded")], body: Array(body.utf8))
    }

    /// Does what a person does: opens the page at `page`, then submits its form to `action`
    /// (the page itself by default) with `fields` and the page's CSRF token.
    func submit(_ page: String, to action: String? = nil, _ fields: [(String, String)]) throws -> TestResponse {
        let form = try get(page)
        guard form.status == 200, let token = form.csrfToken else {
            throw ProtocolError(message: "GET \(page) answered \(form.status) without a form to submit")
        }
        return try post(action ?? page, form: fields + [("_csrf", token)])
    }

    /// Signs in through the sign-in form; returns the response to the POST.
    @discardableResult
    func signIn(_ email: String, password: String, next: String = "") throws -> TestResponse {
        try submit("/signin", [("email", email), ("password", password), ("next", next)])
    }

    /// Posts a multipart form with one file.
    func postMultipart(_ target: String, fields: [(String, String)], file: (field: String, filename: String, contentType: String, bytes: [UInt8])) throws -> TestResponse {
        let boundary = "cairn-test-\(UUID().uuidString)"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\nContent-Type: \(file.contentType)\r\n\r\n".utf8)
        body += file.bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        return try send(method: "POST", target: target,
                        headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")], body: body)
    }

    /// Sends one request on a fresh connection and reads the whole response.
    func send(method: String, target: String, headers: [(String, String)], body: [UInt8]) throws -> TestResponse {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if !cookies.isEmpty {
            head += "Cookie: " + cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n"
        }
        for (name, value) in standingHeaders + headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        let raw = try Self.exchange(port: port, request: Array(head.utf8) + body)
        let response = try Self.parse(raw)
        for value in response.headers("set-cookie") {
            let pair = value.split(separator: ";", maxSplits: 1).first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            let cookieValue = String(parts[1])
            if cookieValue.isEmpty || value.lowercased().contains("max-age=0") {
                cookies.removeValue(forKey: name)
            } else {
                cookies[name] = cookieValue
            }
        }
        return response
    }

    struct ProtocolError: Error { let message: String }

    /// A TCP socket connected to 127.0.0.1:`port`, with 30-second send and receive timeouts; the caller closes it.
    static func connectLoopback(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ProtocolError(message: "socket failed") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw ProtocolError(message: "connect to port \(port) failed")
        }
        return fd
    }

    /// Writes raw bytes to the server and reads until it closes the connection.
    static func exchange(port: Int, request: [UInt8]) throws -> [UInt8] {
        let fd = try connectLoopback(port: port)
        defer { close(fd) }
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { break }  // the server may answer (413) before reading everything
            sent += n
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        return response
    }

    /// Parses a status line, headers and a body (Content-Length, chunked or close-delimited).
    static func parse(_ raw: [UInt8]) throws -> TestResponse {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, raw.count - 3)).first(where: { Array(raw[$0..<$0 + 4]) == separator }) else {
            throw ProtocolError(message: "no complete response head in \(raw.count) bytes")
        }
        let head = String(decoding: raw[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw ProtocolError(message: "bad status line \(head[0])")
        }
        var headers: [(String, String)] = []
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body = Array(raw[(end + 4)...])
        if headers.contains(where: { $0.0 == "transfer-encoding" && $0.1.lowercased().contains("chunked") }) {
            body = try dechunk(body)
        } else if let length = headers.first(where: { $0.0 == "content-length" }).flatMap({ Int($0.1) }) {
            body = Array(body.prefix(length))
        }
        return TestResponse(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count - 1 {
            guard let lineEnd = (index..<bytes.count - 1).first(where: { bytes[$0] == 13 && bytes[$0 + 1] == 10 }) else { break }
            let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw ProtocolError(message: "bad chunk size")
            }
            if size == 0 { break }
            let start = lineEnd + 2
            output += bytes[start..<min(start + size, bytes.count)]
            index = start + size + 2
        }
        return output
    }

    static func encode(_ text: String) -> String {
        // ASCII only: `CharacterSet.alphanumerics` would let letters like "é" through unencoded.
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
