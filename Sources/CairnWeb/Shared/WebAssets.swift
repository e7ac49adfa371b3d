import Foundation

/// The design system's files (`cairn.css`), shipped as a resource of this module.
public enum WebAssets {
    /// The directory to serve at `/assets/`; `nil` when the resource bundle is missing.
    public static var directory: String? {
        Bundle.module.url(forResource: "Assets", withExtension: nil)?.path
    }

    /// The path the layout links its stylesheet from.
    public static let stylesheetPath = "/assets/cairn.css"
}
