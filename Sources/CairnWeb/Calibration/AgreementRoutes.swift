import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore

/// The admin's view of agreement between assessors: exact agreement and Cohen's kappa over the
/// blind second scores, per assessor and per criterion.
struct AgreementRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(AdminEndpoints.agreement, agreement)
    }

    func agreement(_ context: SignedIn) throws -> Response {
        let organization = context.organization.id
        let byMicrocredential = try app.store.calibration.agreementPairsByMicrocredential(in: organization)
        let pairs = byMicrocredential.flatMap(\.1)
        let names = try app.store.members.names(of: Set(pairs.flatMap { [$0.assessorID] + [$0.firstAssessorID].compactMap { $0 } }), in: organization)
        let assessors = Agreement.byRater(pairs).map { AgreementPage.Row(name: names[$0.key] ?? "Former member", detail: nil, agreement: $0.value) }
            .sorted { $0.name < $1.name }
        var criteria: [AgreementPage.Row] = []
        let grouped = Dictionary(grouping: byMicrocredential, by: \.0).mapValues { $0.flatMap(\.1) }
        for entry in try app.store.microcredentials.studio(organization: organization) {
            guard let microcredentialPairs = grouped[entry.microcredential.id] else { continue }
            let perCriterion = Agreement.byCriterion(microcredentialPairs)
            let rubric = entry.latest.design.rubric
            let known = rubric.criteria.map(\.id).filter { perCriterion[$0] != nil }
            let others = perCriterion.keys.filter { rubric.criterion($0) == nil }.sorted()
            for criterionID in known + others {
                guard let agreement = perCriterion[criterionID] else { continue }
                criteria.append(AgreementPage.Row(name: rubric.criterion(criterionID)?.title ?? criterionID,
                                                  detail: entry.latest.design.title, agreement: agreement))
            }
        }
        return app.render(AgreementPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment),
                                        doubleScored: try app.store.calibration.doubleScoredCount(in: organization),
                                        overall: Agreement(pairs: pairs), assessors: assessors, criteria: criteria))
    }
}
