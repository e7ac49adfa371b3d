import CairnCore

/// One `name=value` pair a link carries after its path, made by name so both halves stay typed.
struct QueryItem: Sendable, Equatable {
    let name: String
    let value: String

    /// The text after the `?`, with the value percent-encoded.
    var text: String { name + "=" + PercentEncoding.encode(value) }

    /// One version of a microcredential, by its number (the studio's image and attachments).
    static func version(_ number: Int) -> QueryItem { QueryItem(name: "version", value: String(number)) }
    /// One exemplar of an assessor's calibration.
    static func exemplar(_ id: Exemplar.ID) -> QueryItem { QueryItem(name: "exemplar", value: id.rawValue) }
    /// Where sign-in returns to.
    static func next(_ target: String) -> QueryItem { QueryItem(name: "next", value: target) }
    /// Words searched for in a list.
    static func search(_ text: String) -> QueryItem { QueryItem(name: "q", value: text) }
    /// One page of a long list, from 1.
    static func page(_ number: Int) -> QueryItem { QueryItem(name: "page", value: String(number)) }
    /// A one-time token (password reset, invitation).
    static func token(_ token: String) -> QueryItem { QueryItem(name: "token", value: token) }
}
