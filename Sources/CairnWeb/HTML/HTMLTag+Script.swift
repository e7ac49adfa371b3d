/// `<script src="…" defer>`: Cairn's own small scripts, loaded from `/assets/` only (never inline).
extension HTMLTag {
    public enum script: HTMLTagDefinition { public static let name = "script" }
}

public typealias script = HTMLElement<HTMLTag.script>

extension HTMLAttribute where Tag == HTMLTag.script {
    /// The script's source, refused like an `href` when unsafe.
    public static func src(_ url: String) -> Self? { SafeURL(url).map { Self(name: "src", value: $0.value) } }
    /// Runs the script once the page is parsed.
    public static var `defer`: Self { Self(name: "defer", value: nil) }
}
