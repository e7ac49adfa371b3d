import CairnApp
import CairnCore

/// The pathways' endpoints: a pathway's public page inside its organization's area (its pattern,
/// which pathway credentials name, comes from `PublicPaths`), and the designer's pages under `/studio/pathways`.
enum PathwayEndpoints {
    /// A published (or retired) pathway's public page, by its slug.
    static let page = CatalogEndpoints.organization.endpoint(.get, PublicPaths.pathway, String.self)

    /// The organization's pathways, for its designers.
    static let list = Endpoint(.get, "/studio/pathways", access: StudioEndpoints.designer)
    static let new = Endpoint(.get, "/studio/pathways/new", access: StudioEndpoints.designer)
    static let create = new.with(.post)

    /// One pathway of the organization, for its designers.
    static let pathway = EndpointGroup("/studio/pathways/:pathway", Pathway.ID.self, access: StudioEndpoints.designer)
    /// The pathway's form (a draft's to edit, a published one's to read).
    static let edit = pathway.endpoint(.get)
    static let save = edit.with(.post)
    static let publish = pathway.endpoint(.post, "/publish")
    static let retire = pathway.endpoint(.post, "/retire")
}
