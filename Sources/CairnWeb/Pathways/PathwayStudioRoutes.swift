import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP

/// The designer's pathways under `/studio/pathways`: the list, a new pathway, a draft's form, publishing and retiring.
struct PathwayStudioRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(PathwayEndpoints.list, list)
        table.add(PathwayEndpoints.new, newForm)
        table.add(PathwayEndpoints.create, create)
        table.add(PathwayEndpoints.edit) { (context: SignedIn, id) in try edit(context, id) }
        table.add(PathwayEndpoints.save, save)
        table.add(PathwayEndpoints.publish, publish)
        table.add(PathwayEndpoints.retire, retire)
    }

    func list(_ context: SignedIn) throws -> Response {
        app.render(StudioPathwaysPage(context: page(context), pathways: try app.pathways.list(by: context.member)))
    }

    func newForm(_ context: SignedIn) throws -> Response {
        app.render(PathwayFormPage(context: page(context), pathway: nil, input: PathwayFormInput(),
                                   choices: try app.pathways.choices(by: context.member)))
    }

    func create(_ context: SignedIn) throws -> Response {
        let input = PathwayFormInput(form: context.request.form)
        var errors = FormErrors()
        do {
            if let draft = input.draft(errors: &errors) {
                let pathway = try app.pathways.create(draft, by: context.member)
                return app.redirect(to: PathwayEndpoints.edit.path(pathway.id), .success,
                                    "“\(pathway.title)” is a new draft pathway. Publish it when its groups are complete.")
            }
        } catch let refusal as PathwayRefusal {
            errors = PathwayFormInput.errors(refusal.problems)
        }
        return app.render(PathwayFormPage(context: page(context), pathway: nil, input: input,
                                          choices: try app.pathways.choices(by: context.member), errors: errors),
                          status: .unprocessableContent)
    }

    /// The pathway's form, as stored or as typed when it comes back refused.
    func edit(_ context: SignedIn, _ id: Pathway.ID, input: PathwayFormInput? = nil, errors: FormErrors = FormErrors(),
              status: HTTPStatus = .ok) throws -> Response {
        let opened = try app.pathways.open(id, by: context.member)
        return app.render(PathwayFormPage(context: page(context), pathway: opened.entry.pathway,
                                          input: input ?? PathwayFormInput(opened.entry.pathway), choices: opened.choices, errors: errors),
                          status: status)
    }

    func save(_ context: SignedIn, _ id: Pathway.ID) throws -> Response {
        let input = PathwayFormInput(form: context.request.form)
        var errors = FormErrors()
        do {
            if let draft = input.draft(errors: &errors) {
                let pathway = try app.pathways.save(id, draft, by: context.member)
                return app.redirect(to: PathwayEndpoints.edit.path(pathway.id), .success, "Saved “\(pathway.title)”.")
            }
        } catch let refusal as PathwayRefusal {
            errors = PathwayFormInput.errors(refusal.problems)
        } catch let error as PathwayError {
            guard case .notADraft = error else { throw error }
            return try edit(context, id, errors: FormErrors(formMessage: error.message), status: .conflict)
        }
        return try edit(context, id, input: input, errors: errors, status: .unprocessableContent)
    }

    /// Publishes a draft; what keeps it from being published comes back beside the fields.
    func publish(_ context: SignedIn, _ id: Pathway.ID) throws -> Response {
        do {
            let pathway = try app.pathways.publish(id, by: context.member)
            return app.redirect(to: PathwayEndpoints.edit.path(pathway.id), .success, "“\(pathway.title)” is published in the catalog.")
        } catch let error as PathwayError {
            switch error {
            case .hasProblems(let problems):
                var errors = PathwayFormInput.errors(problems)
                errors.formMessage = error.message
                return try edit(context, id, errors: errors, status: .unprocessableContent)
            case .illegalTransition:
                return try edit(context, id, errors: FormErrors(formMessage: error.message), status: .conflict)
            case .notADraft, .notFound:
                throw error
            }
        }
    }

    func retire(_ context: SignedIn, _ id: Pathway.ID) throws -> Response {
        do {
            let pathway = try app.pathways.retire(id, by: context.member)
            return app.redirect(to: PathwayEndpoints.edit.path(pathway.id), .success,
                                "“\(pathway.title)” is retired. Credentials already issued stay valid.")
        } catch let error as PathwayError {
            guard case .illegalTransition = error else { throw error }
            return try edit(context, id, errors: FormErrors(formMessage: error.message), status: .conflict)
        }
    }

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }
}
