// Attributes that belong to some tags only.

extension HTMLAttribute where Tag: HTMLTrait.Href {
    /// A link target, refused unless it is safe to follow (see `SafeURL`): an unsafe one renders no `href`.
    @inlinable public static func href(_ url: String) -> Self? {
        SafeURL(url).map { Self(name: "href", value: $0.value) }
    }

    @inlinable public static func href(_ url: SafeURL) -> Self { Self(name: "href", value: url.value) }
}

extension HTMLAttribute where Tag == HTMLTag.link {
    @inlinable public static func rel(_ value: String) -> Self { Self(name: "rel", value: value) }
}

extension HTMLAttribute where Tag == HTMLTag.a {
    /// How the linked page relates to this one (`noopener` for another site's page).
    @inlinable public static func rel(_ value: String) -> Self { Self(name: "rel", value: value) }
    /// The link saves its target as a file instead of opening it.
    @inlinable public static var download: Self { Self(name: "download", value: nil) }
}

extension HTMLAttribute where Tag: HTMLTrait.Name {
    @inlinable public static func name(_ value: String) -> Self { Self(name: "name", value: value) }
}

extension HTMLAttribute where Tag: HTMLTrait.Value {
    @inlinable public static func value(_ value: String) -> Self { Self(name: "value", value: value) }
}

extension HTMLAttribute where Tag: HTMLTrait.Required {
    @inlinable public static var required: Self { Self(name: "required", value: nil) }
}

extension HTMLAttribute where Tag: HTMLTrait.Disabled {
    @inlinable public static var disabled: Self { Self(name: "disabled", value: nil) }
}

extension HTMLAttribute where Tag: HTMLTrait.Autocomplete {
    @inlinable public static func autocomplete(_ value: String) -> Self { Self(name: "autocomplete", value: value) }
}

extension HTMLAttribute where Tag: HTMLTrait.TableCell {
    @inlinable public static func colspan(_ value: Int) -> Self { Self(name: "colspan", value: String(value)) }
}

extension HTMLAttribute where Tag == HTMLTag.th {
    @inlinable public static func scope(_ value: String) -> Self { Self(name: "scope", value: value) }
}

extension HTMLAttribute where Tag == HTMLTag.meta {
    @inlinable public static func charset(_ value: String) -> Self { Self(name: "charset", value: value) }
    @inlinable public static func content(_ value: String) -> Self { Self(name: "content", value: value) }
    /// A `<meta>` element's RDFa property, as Open Graph names its tags (`og:title`).
    @inlinable public static func property(_ value: String) -> Self { Self(name: "property", value: value) }
}

/// The `type` of an `<input>`.
public enum InputType: String, Sendable {
    case text, email, password, hidden, checkbox, radio, file, search, url, number, date
}

extension HTMLAttribute where Tag == HTMLTag.input {
    @inlinable public static func type(_ type: InputType) -> Self { Self(name: "type", value: type.rawValue) }
    @inlinable public static var checked: Self { Self(name: "checked", value: nil) }
    /// File types a file input offers, such as `.csv,text/csv`.
    @inlinable public static func accept(_ value: String) -> Self { Self(name: "accept", value: value) }
    @inlinable public static func inputmode(_ value: String) -> Self { Self(name: "inputmode", value: value) }
    @inlinable public static var multiple: Self { Self(name: "multiple", value: nil) }
    @inlinable public static var autofocus: Self { Self(name: "autofocus", value: nil) }
    @inlinable public static func spellcheck(_ on: Bool) -> Self { Self(name: "spellcheck", value: on ? "true" : "false") }
}

extension HTMLAttribute where Tag == HTMLTag.option {
    @inlinable public static var selected: Self { Self(name: "selected", value: nil) }
}

/// The `type` of a `<button>`.
public enum ButtonType: String, Sendable { case submit, button, reset }

extension HTMLAttribute where Tag == HTMLTag.button {
    @inlinable public static func type(_ type: ButtonType) -> Self { Self(name: "type", value: type.rawValue) }
    /// Where the form posts when this button sends it, refused like an `href` when unsafe (then the
    /// form posts to its own `action`).
    @inlinable public static func formaction(_ url: String) -> Self? {
        SafeURL(url).map { Self(name: "formaction", value: $0.value) }
    }
}

extension HTMLAttribute where Tag == HTMLTag.label {
    @inlinable public static func `for`(_ id: String) -> Self { Self(name: "for", value: id) }
}

/// How a form sends itself.
public enum FormMethod: String, Sendable { case get, post }

extension HTMLAttribute where Tag == HTMLTag.form {
    @inlinable public static func method(_ method: FormMethod) -> Self { Self(name: "method", value: method.rawValue) }
    /// Where the form posts, refused like an `href` when unsafe (then the form posts to its own page).
    @inlinable public static func action(_ url: String) -> Self? {
        SafeURL(url).map { Self(name: "action", value: $0.value) }
    }
    @inlinable public static var multipart: Self { Self(name: "enctype", value: "multipart/form-data") }
    @inlinable public static var novalidate: Self { Self(name: "novalidate", value: nil) }
}

extension HTMLAttribute where Tag == HTMLTag.textarea {
    @inlinable public static func rows(_ value: Int) -> Self { Self(name: "rows", value: String(value)) }
    @inlinable public static var readonly: Self { Self(name: "readonly", value: nil) }
}

extension HTMLAttribute where Tag == HTMLTag.input {
    @inlinable public static var readonly: Self { Self(name: "readonly", value: nil) }
}

extension HTMLAttribute where Tag == HTMLTag.time {
    @inlinable public static func datetime(_ value: String) -> Self { Self(name: "datetime", value: value) }
}

extension HTMLAttribute where Tag == HTMLTag.img {
    /// An image's source, refused like an `href` when unsafe.
    @inlinable public static func src(_ url: String) -> Self? { SafeURL(url).map { Self(name: "src", value: $0.value) } }
    /// Required by Cairn for every image; `""` marks a decorative one.
    @inlinable public static func alt(_ text: String) -> Self { Self(name: "alt", value: text) }
}
