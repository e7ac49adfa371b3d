import CCurl
import Foundation

/// Fetches a document over HTTPS with libcurl for `cairn verify --online`: HTTPS only (redirects too),
/// a time limit and a size limit; the only file of the command line that touches libcurl.
struct HTTPSFetcher: Sendable {
    /// The longest a fetch may take, in seconds.
    var timeoutSeconds = 10
    /// The most bytes read from one response.
    var maximumBytes = 1 << 20

    /// Why a fetch failed, in words a person understands (the caller names the URL).
    struct FetchError: Error, CustomStringConvertible {
        let description: String
    }

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    /// The body of a 200 response to a GET of the URL.
    func get(_ url: String, accept: String) throws(FetchError) -> [UInt8] {
        guard url.lowercased().hasPrefix("https://") else { throw FetchError(description: "only https:// URLs are fetched") }
        _ = Self.globalInit
        guard let curl = curl_easy_init() else { throw FetchError(description: "libcurl could not start") }
        defer { curl_easy_cleanup(curl) }
        let headers: UnsafeMutablePointer<curl_slist>? = curl_slist_append(nil, "Accept: \(accept)")
        defer { curl_slist_free_all(headers) }
        let body = ResponseBody(limit: maximumBytes)
        let unmanaged = Unmanaged.passRetained(body)
        defer { unmanaged.release() }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { buffer in
            _ = cairn_curl_set_string(curl, CURLOPT_URL, url)
            _ = cairn_curl_set_string(curl, CURLOPT_PROTOCOLS_STR, "https")
            _ = cairn_curl_set_string(curl, CURLOPT_REDIR_PROTOCOLS_STR, "https")
            _ = cairn_curl_set_long(curl, CURLOPT_FOLLOWLOCATION, 1)
            _ = cairn_curl_set_long(curl, CURLOPT_MAXREDIRS, 3)
            _ = cairn_curl_set_long(curl, CURLOPT_TIMEOUT, timeoutSeconds)
            _ = cairn_curl_set_long(curl, CURLOPT_NOSIGNAL, 1)
            _ = cairn_curl_set_list(curl, CURLOPT_HTTPHEADER, headers)
            _ = cairn_curl_set_string(curl, CURLOPT_USERAGENT, "cairn-verify")
            _ = cairn_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            _ = cairn_curl_set_write_function(curl, appendToBody)
            _ = cairn_curl_set_pointer(curl, CURLOPT_WRITEDATA, unmanaged.toOpaque())
            return curl_easy_perform(curl)
        }
        if body.overLimit { throw FetchError(description: "the answer is over \(maximumBytes) bytes, the most Cairn reads") }
        guard code == CURLE_OK else {
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let summary = String(cString: curl_easy_strerror(code))
            throw FetchError(description: detail.isEmpty ? summary : detail)
        }
        var status = 0
        _ = cairn_curl_response_code(curl, &status)
        guard status == 200 else { throw FetchError(description: "the server answered HTTP \(status)") }
        return body.bytes
    }
}

/// The bytes of a response, read by libcurl in pieces, up to a limit.
private final class ResponseBody {
    let limit: Int
    var bytes: [UInt8] = []
    var overLimit = false
    init(limit: Int) { self.limit = limit }
}

/// libcurl's write callback: appends a piece of the body, or stops the transfer past the limit.
private func appendToBody(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let body = Unmanaged<ResponseBody>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard body.bytes.count + length <= body.limit else {
        body.overLimit = true
        return 0
    }
    data.withMemoryRebound(to: UInt8.self, capacity: length) { body.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length)) }
    return length
}
