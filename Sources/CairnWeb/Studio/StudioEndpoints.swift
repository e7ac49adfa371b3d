import CairnCore

/// The designer's endpoints under `/studio`: the list, new and imported designs, and one
/// microcredential's overview, lifecycle, editor, files, pilot, exemplars and disagreements.
enum StudioEndpoints {
    static let designer = Access.role(.designer)

    static let list = Endpoint(.get, "/studio", access: designer)
    static let new = Endpoint(.get, "/studio/new", access: designer)
    static let create = new.with(.post)
    static let importDesign = Endpoint(.get, "/studio/import", access: designer)
    static let saveImport = importDesign.with(.post)

    /// One microcredential of the organization, for its designers.
    static let microcredential = EndpointGroup("/studio/:id", Microcredential.ID.self, access: designer)
    static let overview = microcredential.endpoint(.get)
    static let preview = microcredential.endpoint(.get, "/preview")
    static let export = microcredential.endpoint(.get, "/export")
    static let publish = microcredential.endpoint(.post, "/publish")
    static let retire = microcredential.endpoint(.post, "/retire")
    static let revise = microcredential.endpoint(.post, "/revise")
    static let duplicate = microcredential.endpoint(.post, "/duplicate")
    /// A version's image; without `?version=`, the latest draft's (or latest version's).
    static let image = microcredential.endpoint(.get, "/image")
    /// A file attached to a version; without `?version=`, the latest draft's (or latest version's).
    static let attachment = microcredential.endpoint(.get, "/attachments/:blob", String.self)

    /// The design editor of the microcredential's draft.
    static let editor = microcredential.group("/edit")
    static let edit = editor.endpoint(.get)
    /// Where one section of the editor posts: `/studio/:id/edit/objectives`.
    static func saveSection(_ section: EditorSection) -> Endpoint<Microcredential.ID> {
        Endpoint(.post, editor.prefix + "/" + section.rawValue, Microcredential.ID.self, access: designer)
    }
    /// Where the editor's image form posts (upload, new alt text, removal).
    static let saveImage = editor.endpoint(.post, "/image")
    /// Where the editor's files form posts (attach, remove).
    static let saveAttachments = editor.endpoint(.post, "/attachments")

    /// The pilot page; posting to it starts the pilot.
    static let pilot = microcredential.endpoint(.get, "/pilot")
    static let startPilot = pilot.with(.post)
    static let addPilotParticipant = microcredential.endpoint(.post, "/pilot/participants")

    /// A microcredential's exemplars.
    static let exemplars = microcredential.endpoint(.get, "/exemplars")
    /// The form that marks a decided submission as an exemplar.
    static let newExemplar = microcredential.endpoint(.get, "/exemplars/from/:submission", Submission.ID.self)
    static let createExemplar = newExemplar.with(.post)
    static let removeExemplar = microcredential.endpoint(.post, "/exemplars/:exemplar/remove", Exemplar.ID.self)

    /// Second scores that disagreed with the review, for designers to resolve.
    static let disagreements = microcredential.endpoint(.get, "/disagreements")
    /// One disagreement: the submission and the assessor who scored it second.
    static let disagreement = microcredential.endpoint(.get, "/disagreements/:submission/:assessor", Submission.ID.self, Person.ID.self)
    static let resolveDisagreement = disagreement.with(.post)
}
