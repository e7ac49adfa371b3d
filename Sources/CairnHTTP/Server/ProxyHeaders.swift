/// What a trusted reverse proxy tells about the client.
enum ProxyHeaders {
    /// The client's address: the last entry of `X-Forwarded-For` (the one the proxy in front of
    /// Cairn added; earlier entries come from the client and prove nothing), or the TCP peer when
    /// the header is missing or its last entry is not an address.
    static func clientAddress(peer: String, forwardedFor: String?) -> String {
        guard let last = forwardedFor?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
              !last.isEmpty, last.count <= 45,
              last.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) else { return peer }
        return last
    }
}
