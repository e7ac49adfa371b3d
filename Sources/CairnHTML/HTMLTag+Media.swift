// The tags and attributes for media and scripts: `<video>` with its `<source>` and `<track>`, and
// `<script src … defer>` for the small scripts in `Assets/`.

extension HTMLTag {
    public enum video: HTMLTagDefinition { public static let name = "video" }
    public enum source: HTMLTagDefinition { public static let name = "source" }
    public enum track: HTMLTagDefinition { public static let name = "track" }
    public enum script: HTMLTagDefinition { public static let name = "script" }
}

public typealias video = HTMLElement<HTMLTag.video>
public typealias source = HTMLVoidElement<HTMLTag.source>
public typealias track = HTMLVoidElement<HTMLTag.track>
public typealias script = HTMLElement<HTMLTag.script>

extension HTMLAttribute {
    /// A `data-*` attribute for the scripts: `.data("autosave", "")` → `data-autosave=""`.
    ///
    /// - Parameter name: from Cairn's code, lowercase letters and hyphens only.
    @inlinable public static func data(_ name: String, _ value: String) -> Self { Self(name: "data-" + name, value: value) }
}

extension HTMLAttribute where Tag == HTMLTag.video {
    @inlinable public static var controls: Self { Self(name: "controls", value: nil) }
    /// How much the browser loads before play: `metadata` gives the length without the bytes.
    @inlinable public static func preload(_ value: String) -> Self { Self(name: "preload", value: value) }
    /// The image shown before play, refused like an `href` when unsafe.
    @inlinable public static func poster(_ url: String) -> Self? { SafeURL(url).map { Self(name: "poster", value: $0.value) } }
}

extension HTMLAttribute where Tag == HTMLTag.source {
    /// The media's address, refused like an `href` when unsafe.
    @inlinable public static func src(_ url: String) -> Self? { SafeURL(url).map { Self(name: "src", value: $0.value) } }
    @inlinable public static func type(_ value: String) -> Self { Self(name: "type", value: value) }
}

extension HTMLAttribute where Tag == HTMLTag.track {
    /// The text track's address, refused like an `href` when unsafe.
    @inlinable public static func src(_ url: String) -> Self? { SafeURL(url).map { Self(name: "src", value: $0.value) } }
    @inlinable public static func kind(_ value: String) -> Self { Self(name: "kind", value: value) }
    @inlinable public static func srclang(_ value: String) -> Self { Self(name: "srclang", value: value) }
    @inlinable public static func label(_ value: String) -> Self { Self(name: "label", value: value) }
    @inlinable public static var `default`: Self { Self(name: "default", value: nil) }
}

extension HTMLAttribute where Tag == HTMLTag.script {
    /// The script's address, refused like an `href` when unsafe.
    @inlinable public static func src(_ url: String) -> Self? { SafeURL(url).map { Self(name: "src", value: $0.value) } }
    @inlinable public static var `defer`: Self { Self(name: "defer", value: nil) }
}
