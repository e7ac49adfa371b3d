import CCurl
import Foundation

/// Delivers one message over SMTP with libcurl: the only file that touches libcurl's pointers.
///
/// `smtp://` upgrades with STARTTLS when the server offers it; `smtps://` is TLS from the start.
/// Credentials come from the URL (`smtp://user:password@host:587`).
struct SMTPClient: Sendable {
    /// Why a message could not be delivered, in words an operator can act on.
    struct DeliveryError: Error, CustomStringConvertible {
        let description: String
    }

    let url: String
    let timeoutSeconds: Int

    init(url: String, timeoutSeconds: Int = 30) {
        self.url = url
        self.timeoutSeconds = timeoutSeconds
        _ = SMTPClient.globalInit
    }

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    /// With credentials in the URL, TLS is required (STARTTLS must succeed) so a password never
    /// crosses the network in clear; without them, STARTTLS is used when the server offers it.
    var tlsPolicy: curl_usessl {
        let authority = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(2).first ?? ""
        return authority.contains("@") ? CURLUSESSL_ALL : CURLUSESSL_TRY
    }

    /// Sends `message` (RFC 5322 text with CRLF line ends) from `from` to `recipients`.
    func send(message: [UInt8], from: String, to recipients: [String]) throws(DeliveryError) {
        guard let curl = curl_easy_init() else { throw DeliveryError(description: "libcurl could not start") }
        defer { curl_easy_cleanup(curl) }
        var recipientList: UnsafeMutablePointer<curl_slist>?
        for recipient in recipients { recipientList = curl_slist_append(recipientList, "<\(recipient)>") }
        defer { curl_slist_free_all(recipientList) }

        let source = MessageSource(bytes: message)
        let unmanaged = Unmanaged.passRetained(source)
        defer { unmanaged.release() }

        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { buffer in
            _ = cairn_curl_set_string(curl, CURLOPT_URL, url)
            _ = cairn_curl_set_string(curl, CURLOPT_MAIL_FROM, "<\(from)>")
            _ = cairn_curl_set_list(curl, CURLOPT_MAIL_RCPT, recipientList)
            _ = cairn_curl_set_long(curl, CURLOPT_USE_SSL, Int(tlsPolicy.rawValue))
            _ = cairn_curl_set_long(curl, CURLOPT_UPLOAD, 1)
            _ = cairn_curl_set_long(curl, CURLOPT_TIMEOUT, timeoutSeconds)
            _ = cairn_curl_set_long(curl, CURLOPT_NOSIGNAL, 1)
            _ = cairn_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            _ = cairn_curl_set_read_function(curl, readMessage)
            _ = cairn_curl_set_pointer(curl, CURLOPT_READDATA, unmanaged.toOpaque())
            return curl_easy_perform(curl)
        }
        guard code == CURLE_OK else {
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let summary = String(cString: curl_easy_strerror(code))
            throw DeliveryError(description: detail.isEmpty ? summary : "\(summary): \(detail)")
        }
    }
}

/// The message being uploaded, read by libcurl in pieces.
private final class MessageSource {
    let bytes: [UInt8]
    var offset = 0
    init(bytes: [UInt8]) { self.bytes = bytes }
}

/// libcurl's read callback: copies the next piece of the message into its buffer.
private func readMessage(_ buffer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let buffer, let context else { return 0 }
    let source = Unmanaged<MessageSource>.fromOpaque(context).takeUnretainedValue()
    let length = min(size * count, source.bytes.count - source.offset)
    guard length > 0 else { return 0 }
    source.bytes.withUnsafeBufferPointer { all in
        UnsafeMutableRawPointer(buffer).copyMemory(from: all.baseAddress! + source.offset, byteCount: length)
    }
    source.offset += length
    return length
}
