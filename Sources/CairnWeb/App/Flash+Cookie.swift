import CairnHTTP
import Foundation

/// Carries flash messages across a redirect in a short-lived cookie (escaped like any text when shown).
enum FlashCookie {
    static let name = "cairn_flash"

    /// The cookie that shows `flash` on the next page.
    static func cookie(for flash: Flash, secure: Bool) -> Cookie {
        let payload = Data("\(flash.kind.rawValue):\(flash.message)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return Cookie(name: name, value: payload, maxAge: 60, secure: secure)
    }

    /// The messages a request carries, if any.
    static func read(_ request: Request) -> [Flash] {
        guard var text = request.cookies[name], !text.isEmpty else { return [] }
        text = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        guard let data = Data(base64Encoded: text), let decoded = String(data: data, encoding: .utf8),
              let colon = decoded.firstIndex(of: ":"),
              let kind = Flash.Kind(rawValue: String(decoded[..<colon])) else { return [] }
        return [Flash(kind, String(decoded[decoded.index(after: colon)...].prefix(300)))]
    }
}

extension Response {
    /// A 303 redirect that shows `flash` on the page it leads to.
    static func redirect(to location: String, flash: Flash, secure: Bool) -> Response {
        var response = Response.redirect(to: location)
        response.setCookie(FlashCookie.cookie(for: flash, secure: secure))
        return response
    }
}
