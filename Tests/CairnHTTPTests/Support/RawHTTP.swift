import Foundation
@testable import CairnHTTP

/// A response as read off the wire by the tests' tiny client.
struct WireResponse {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A blocking TCP connection to the test server, speaking raw bytes.
final class RawConnection {
    let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// Whether the server closes the connection within `seconds`, reading (and dropping) whatever
    /// else it sends meanwhile; false when it stays open.
    func closesWithin(seconds: Int) -> Bool {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 4096, 0) }
            if n == 0 { return true }
            if n < 0 { return errno == ECONNRESET }
        }
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            offset += n
        }
    }

    /// Reads one response: head, then a body by Content-Length, chunked, or until close.
    func readResponse(headRequest: Bool = false) -> WireResponse? {
        var buffer: [UInt8] = []
        func fill() -> Bool {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 65536, 0) }
            if n <= 0 { return false }
            buffer += chunk[0..<n]
            return true
        }
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.firstRange(of: separator)?.lowerBound
            if headEnd == nil, !fill() { return nil }
        }
        let head = String(decoding: buffer[..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        buffer.removeFirst(headEnd! + 4)
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers = HTTPHeaders()
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.add(String(line[..<colon]), line[line.index(after: colon)...].trimmingSpaces)
        }
        if headRequest || status == 304 || status == 204 { return WireResponse(status: status, headers: headers, body: []) }
        if let length = headers["Content-Length"].flatMap({ Int($0) }) {
            while buffer.count < length, fill() {}
            return WireResponse(status: status, headers: headers, body: Array(buffer.prefix(length)))
        }
        if headers["Transfer-Encoding"]?.lowercased() == "chunked" {
            var body: [UInt8] = []
            while true {
                var lineEnd = buffer.firstRange(of: Array("\r\n".utf8))?.lowerBound
                while lineEnd == nil, fill() { lineEnd = buffer.firstRange(of: Array("\r\n".utf8))?.lowerBound }
                guard let end = lineEnd,
                      let size = Int(String(decoding: buffer[..<end], as: UTF8.self).split(separator: ";")[0], radix: 16)
                else { return nil }
                buffer.removeFirst(end + 2)
                if size == 0 { return WireResponse(status: status, headers: headers, body: body) }
                while buffer.count < size + 2, fill() {}
                guard buffer.count >= size + 2 else { return nil }
                body += buffer[..<size]
                buffer.removeFirst(size + 2)
            }
        }
        while fill() {}
        return WireResponse(status: status, headers: headers, body: buffer)
    }
}

/// Sends one request with `Connection: close` and reads the answer.
func fetch(_ port: Int, _ method: String = "GET", _ target: String, headers: [(String, String)] = [],
           body: [UInt8] = []) throws -> WireResponse {
    let connection = try RawConnection(port: port)
    var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
    for (name, value) in headers { head += "\(name): \(value)\r\n" }
    if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
    connection.send(Array((head + "\r\n").utf8) + body)
    guard let response = connection.readResponse(headRequest: method == "HEAD") else {
        throw POSIXError(.EIO)
    }
    return response
}
