import CairnCore
import CairnHTML

/// What educators will see of a version in the catalog, shown to its designer before it is
/// published: the same `MicrocredentialDetail` as the catalog's page.
public struct PreviewPage: HTML {
    let context: PageContext
    let microcredential: Microcredential
    let version: MicrocredentialVersion
    let imageURL: String?
    let attachmentURLs: [String: String]

    public init(context: PageContext, microcredential: Microcredential, version: MicrocredentialVersion, imageURL: String? = nil,
                attachmentURLs: [String: String] = [:]) {
        self.context = context
        self.microcredential = microcredential
        self.version = version
        self.imageURL = imageURL
        self.attachmentURLs = attachmentURLs
    }

    public var body: some HTML {
        Layout(title: version.design.title.isEmpty ? "Untitled" : version.design.title, context: context,
               lead: version.design.summary.isEmpty ? nil : version.design.summary) {
            div(.class("notice preview-banner"), .role("note")) {
                p {
                    strong { "Preview of version \(version.number) (\(version.state.displayName.lowercased())). " }
                    "This is what educators will see in the catalog."
                }
                p {
                    if version.isEditable {
                        a(.href(StudioEndpoints.edit.path(microcredential.id))) { "Back to the editor" }
                        " · "
                    }
                    a(.href(StudioEndpoints.overview.path(microcredential.id))) { "Overview" }
                }
            }
            MicrocredentialDetail(design: version.design, imageURL: imageURL, attachmentURLs: attachmentURLs)
        }
    }
}
