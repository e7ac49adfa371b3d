import CairnCore
import CairnStore
import CairnSync

/// How far assessors agree, over the blind second scores of an organization: overall, per
/// assessor and per criterion of each microcredential.
public struct AgreementReport: Sendable {
    /// One line of the report: an assessor, or a criterion with its microcredential's title.
    public struct Line: Sendable {
        public let name: String
        /// The microcredential of a criterion.
        public let detail: String?
        public let agreement: Agreement

        public init(name: String, detail: String?, agreement: Agreement) {
            self.name = name
            self.detail = detail
            self.agreement = agreement
        }
    }

    public let doubleScored: Int
    public let overall: Agreement
    /// By name.
    public let assessors: [Line]
    /// By microcredential, criteria in rubric order.
    public let criteria: [Line]

    public init(doubleScored: Int, overall: Agreement, assessors: [Line], criteria: [Line]) {
        self.doubleScored = doubleScored
        self.overall = overall
        self.assessors = assessors
        self.criteria = criteria
    }
}

/// Builds agreement reports. The agreement itself is worked out once per change of the second
/// scores (their count and latest time): a district has thousands, each pair of scores decoded
/// from JSON, and reviews and second scores never change once written. Names and titles are read
/// fresh each time.
public struct AgreementReports: Sendable {
    private let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// The report of the admin's organization.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin` for anyone but an active admin.
    public func report(by admin: Member) throws -> AgreementReport {
        try admin.checkAdmin()
        let store = installation.store, organizationID = admin.organization.id
        let computed = try Self.computed(in: organizationID, store: store)
        let names = try store.members.names(of: Set(computed.byRater.keys), in: organizationID)
        let assessors = computed.byRater.map { AgreementReport.Line(name: names[$0.key] ?? "Former member", detail: nil, agreement: $0.value) }
            .sorted { $0.name < $1.name }
        var criteria: [AgreementReport.Line] = []
        // Only the microcredentials with second scores: their latest designs name the criteria.
        for entry in try store.microcredentials.latestVersions(of: Set(computed.byCriterion.keys), in: organizationID) {
            guard let perCriterion = computed.byCriterion[entry.microcredential.id] else { continue }
            let rubric = entry.latest.design.rubric
            let known = rubric.criteria.map(\.id).filter { perCriterion[$0] != nil }
            let others = perCriterion.keys.filter { rubric.criterion($0) == nil }.sorted()
            for criterionID in known + others {
                guard let agreement = perCriterion[criterionID] else { continue }
                criteria.append(AgreementReport.Line(name: rubric.criterion(criterionID)?.title ?? criterionID,
                                                     detail: entry.latest.design.title, agreement: agreement))
            }
        }
        return AgreementReport(doubleScored: computed.doubleScored, overall: computed.overall, assessors: assessors, criteria: criteria)
    }

    /// The agreement figures of one organization, as of one stamp of its second scores.
    private struct Computed: Sendable {
        let stamp: String
        let doubleScored: Int
        let overall: Agreement
        let byRater: [Person.ID: Agreement]
        let byCriterion: [Microcredential.ID: [String: Agreement]]
    }

    private static let kept = ReadMostly<[Organization.ID: Computed]>([:])

    private static func computed(in organizationID: Organization.ID, store: Store) throws -> Computed {
        let stamp = try store.calibration.secondScoreStamp(in: organizationID)
        if let known = kept.read({ $0[organizationID] }), known.stamp == stamp { return known }
        let byMicrocredential = try store.calibration.agreementPairsByMicrocredential(in: organizationID)
        let pairs = byMicrocredential.flatMap(\.1)
        let grouped = Dictionary(grouping: byMicrocredential, by: \.0).mapValues { Agreement.byCriterion($0.flatMap(\.1)) }
        let computed = Computed(stamp: stamp, doubleScored: try store.calibration.doubleScoredCount(in: organizationID),
                                overall: Agreement(pairs: pairs), byRater: Agreement.byRater(pairs), byCriterion: grouped)
        kept.write { $0[organizationID] = computed }
        return computed
    }
}
