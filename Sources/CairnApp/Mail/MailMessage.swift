import Foundation

/// Formats a plain-text mail as RFC 5322 bytes (UTF-8, CRLF line ends, encoded headers).
struct MailMessage {
    let from: String
    let to: String
    let subject: String
    let text: String
    let date: Date
    let messageID: String

    /// The wire form of the message.
    var bytes: [UInt8] {
        var headers = [
            "Date: \(MailMessage.rfc5322Date(date))",
            "From: \(MailMessage.encodeHeader(from))",
            "To: \(to)",
            "Subject: \(MailMessage.encodeHeader(subject))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
        ]
        headers.append("")
        let body = Data(text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return Array((headers.joined(separator: "\r\n") + "\r\n" + body + "\r\n").utf8)
    }

    /// The bare address inside a `Name <address>` header value.
    static func address(in value: String) -> String {
        guard let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close else {
            return value.trimmingCharacters(in: .whitespaces)
        }
        return String(value[value.index(after: open)..<close])
    }

    /// Encodes a header value as an RFC 2047 encoded word when it is not plain ASCII.
    static func encodeHeader(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !$0.isASCII || $0.value < 32 }) else { return value }
        if let open = value.lastIndex(of: "<"), value.hasSuffix(">") {
            let name = value[..<open].trimmingCharacters(in: .whitespaces)
            return "=?UTF-8?B?\(Data(name.utf8).base64EncodedString())?= \(value[open...])"
        }
        return "=?UTF-8?B?\(Data(value.utf8).base64EncodedString())?="
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
