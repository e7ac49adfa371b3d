import CairnApp
import Foundation

/// The design system's files (`cairn.css`, `uploads.js`), shipped as a resource of this module.
public enum WebAssets {
    /// The directory to serve at `/assets/`; `nil` when the resource bundle is missing.
    public static var directory: String? {
        Bundle.module.url(forResource: "Assets", withExtension: nil)?.path
    }

    /// The path the layout links its stylesheet from.
    ///
    /// Assets are cached for a year, so the link carries a fingerprint of the file's content:
    /// a new Cairn version with a changed stylesheet gets a new URL and browsers fetch it.
    public static let stylesheetPath = fingerprinted("cairn.css")

    /// The path of the site's icon (the cairn mark), linked from every page.
    public static let faviconPath = fingerprinted("favicon.svg")

    /// The path of the resumable upload client (`data-resumable-upload` on a file input).
    public static let uploadsScriptPath = fingerprinted("uploads.js")

    /// The path of the video comment helper: comment at the current time, click a comment to seek.
    public static let videoCommentsScriptPath = fingerprinted("video-comments.js")

    /// The path of the workspace's script: live word counts and autosave (`data-autosave` on a text area).
    public static let workspaceScriptPath = fingerprinted("workspace.js")

    /// `/assets/<name>?v=<first 12 hex digits of the SHA-256 of its content>`.
    static func fingerprinted(_ name: String) -> String {
        guard let directory, let data = FileManager.default.contents(atPath: directory + "/" + name) else {
            return OperationsEndpoints.assets.path(name)
        }
        return OperationsEndpoints.assets.path(name) + "?v=" + Digest.sha256Hex(Array(data)).prefix(12)
    }
}
