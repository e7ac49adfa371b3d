import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A one-connection SMTP server for tests: listens on 127.0.0.1 on a free port, answers each
/// command from a script, and records the commands and the DATA it received.
final class ScriptedSMTPServer: Sendable {
    /// What the server heard.
    struct Transcript: Sendable {
        var commands: [String] = []
        var data: [UInt8] = []
    }

    let port: Int
    /// The reply to `RCPT TO` (the failure test answers 550).
    let recipientReply: String
    private let listener: Int32
    private let transcript = Mutex(Transcript())
    private let finished = DispatchSemaphore(value: 0)

    init(recipientReply: String = "250 2.1.5 Ok") throws {
        self.recipientReply = recipientReply
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HTTPTestClient.ProtocolError(message: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw HTTPTestClient.ProtocolError(message: "bind failed")
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in serveOne() }.start()
    }

    /// A loopback port with nothing listening on it (bound, then released).
    static func unusedPort() throws -> Int {
        let server = try ScriptedSMTPServer()
        let port = server.port
        server.closeWithoutServing()
        return port
    }

    /// Stops listening before anyone connects.
    private func closeWithoutServing() {
        shutdown(listener, Int32(SHUT_RDWR))
        _ = finished.wait(timeout: .now() + 10)
    }

    /// Waits for the conversation to end (at most 10 seconds) and returns what was heard.
    func transcriptAfterClose() -> Transcript {
        _ = finished.wait(timeout: .now() + 10)
        return transcript.withLock { $0 }
    }

    private func serveOne() {
        defer {
            close(listener)
            finished.signal()
        }
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return }
        defer { close(connection) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var reader = LineReader(fd: connection)
        reply("220 scripted.test ESMTP", on: connection)
        while let line = reader.line() {
            let command = String(decoding: line, as: UTF8.self)
            transcript.withLock { $0.commands.append(command) }
            let verb = command.split(separator: " ").first.map { $0.uppercased() } ?? ""
            switch verb {
            case "EHLO": reply("250-scripted.test\r\n250 8BITMIME", on: connection)
            case "HELO": reply("250 scripted.test", on: connection)
            case "MAIL": reply("250 2.1.0 Ok", on: connection)
            case "RCPT": reply(recipientReply, on: connection)
            case "DATA":
                reply("354 End data with <CR><LF>.<CR><LF>", on: connection)
                var data: [UInt8] = []
                while let dataLine = reader.line(), dataLine != Array(".".utf8) {
                    data += dataLine + [13, 10]
                }
                transcript.withLock { $0.data = data }
                reply("250 2.0.0 Ok: queued", on: connection)
            case "QUIT":
                reply("221 2.0.0 Bye", on: connection)
                return
            default: reply("250 Ok", on: connection)
            }
        }
    }

    private func reply(_ text: String, on fd: Int32) {
        let bytes = Array((text + "\r\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}

/// Reads CRLF-terminated lines from a socket.
private struct LineReader {
    let fd: Int32
    var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    /// The next line without its CRLF, or nil once the peer closes.
    mutating func line() -> [UInt8]? {
        while true {
            if let end = (0..<max(0, buffer.count - 1)).first(where: { buffer[$0] == 13 && buffer[$0 + 1] == 10 }) {
                let line = Array(buffer[..<end])
                buffer.removeFirst(end + 2)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = recv(fd, &chunk, chunk.count, 0)
            guard n > 0 else { return nil }
            buffer += chunk[..<n]
        }
    }
}
