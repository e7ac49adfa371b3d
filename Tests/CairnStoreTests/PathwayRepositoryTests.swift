import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// Riverbend's microcredentials for pathways: three published (wait time with versions 1 and 2), one
/// still a draft, one of Lakeside's; Cleo assesses in Riverbend.
struct PathwayWorld {
    let fixture = Fixture()
    let cleo = Person(email: try! EmailAddress("cleo@riverbend.example"), displayName: "Cleo Park", createdAt: .fixture)
    let questioning: (Microcredential, MicrocredentialVersion)
    let waitTimeV1: (Microcredential, MicrocredentialVersion)
    let waitTimeV2: MicrocredentialVersion
    let discourse: (Microcredential, MicrocredentialVersion)
    let feedbackDraft: (Microcredential, MicrocredentialVersion)
    let lakesides: (Microcredential, MicrocredentialVersion)
    var org: Organization.ID { fixture.riverbend.id }

    init(store: Store) throws {
        try fixture.insert(into: store)
        questioning = try fixture.make("questioning", .sample("Questioning", credit: 1.5), through: [.published], store: store)
        waitTimeV1 = try fixture.make("wait-time", .sample("Wait Time", credit: 1), through: [.published], store: store)
        var next = try store.microcredentials.createNextDraft(from: waitTimeV1.1.id, changeNote: "Shorter.", at: .fixture.plus(days: 3),
                                                              in: fixture.riverbend.id)
        try next.edit { $0.creditHours = 2 }
        try store.microcredentials.saveDraft(next, in: fixture.riverbend.id)
        waitTimeV2 = try store.microcredentials.transition(next.id, to: .published, at: .fixture.plus(days: 4), in: fixture.riverbend.id)
        discourse = try fixture.make("discourse", .sample("Academic Discourse", credit: 3), through: [.published], store: store)
        feedbackDraft = try fixture.make("feedback", .sample("Feedback"), store: store)
        lakesides = try fixture.make("lakeside-only", .sample("Lakeside's own"), through: [.published], in: fixture.lakeside, store: store)
        let (cleo, org) = (cleo, fixture.riverbend.id)
        try store.write { tx in
            try store.members.createPerson(cleo, in: tx)
            try store.members.addMembership(Membership(organizationID: org, personID: cleo.id, roles: [.assessor], createdAt: .fixture), in: tx)
        }
        try store.submissions.addAssessor(cleo.id, for: nil, in: org)
    }

    /// A Riverbend draft: all of questioning and wait time (version 2 or later), then one of discourse (version 1 or 3).
    func pathway(slug: String = "formative-assessment", title: String = "Formative Assessment") -> Pathway {
        Pathway(organizationID: org, slug: slug, title: title, summary: "Check understanding every lesson.", isOrdered: true,
                groups: [PathwayGroup(title: "Core", rule: .allOf, components: [
                             PathwayComponent(questioning.0.id), PathwayComponent(waitTimeV1.0.id, versions: .from(2))]),
                         PathwayGroup(title: "Going further", rule: .oneOf, components: [
                             PathwayComponent(discourse.0.id, versions: .only([1, 3]))])],
                createdAt: .fixture, createdBy: fixture.ana.id)
    }

    /// Ana earns a published version: enrolls, submits her plan, Cleo decides *earned* at the time given.
    @discardableResult
    func earn(_ microcredential: Microcredential, _ version: MicrocredentialVersion, at time: Date, store: Store) throws -> Award {
        let enrollment = Enrollment(organizationID: org, educatorID: fixture.ana.id, microcredentialID: microcredential.id,
                                    versionID: version.id, startedAt: time)
        try store.enrollments.enroll(enrollment)
        let pdf = EvidenceFile(sha256: String(repeating: "a", count: 64), filename: "plan.pdf", contentType: "application/pdf", size: 1000)
        try store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "My plan.", files: [pdf]), to: enrollment.id, in: org, at: time)
        let submission = try store.submissions.submit(enrollment.id, in: org, at: time)
        try store.submissions.claim(submission.id, by: cleo.id, in: org, at: time)
        let (_, award) = try store.reviews.decide(submission.id, by: cleo.id, scores: [ScoreEntry(criterionID: "c1", levelID: "exemplary")],
                                                  in: org, at: time)
        return try #require(award)
    }
}

@Suite struct PathwayRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func aDraftIsSavedWithItsGroupsAndReadBackWhole(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            var pathway = world.pathway()
            try store.pathways.create(pathway)
            #expect(try store.pathways.find(pathway.id, in: world.org) == pathway)
            #expect(try store.pathways.find(slug: "formative-assessment", in: world.org) == pathway)
            #expect(try store.pathways.fetch(slug: "formative-assessment", in: world.fixture.lakeside.id) == nil, "another organization's")
            #expect(try store.pathways.fetch(pathway.id, in: world.fixture.lakeside.id) == nil)

            // When the designer swaps the groups, asks for 2 of 3 and pins nothing
            pathway.title = "Formative Assessment, Deeper"
            pathway.isOrdered = false
            pathway.groups = [PathwayGroup(title: "Choose two", rule: .nOf(2), components: [
                                  PathwayComponent(world.discourse.0.id), PathwayComponent(world.feedbackDraft.0.id),
                                  PathwayComponent(world.waitTimeV1.0.id, versions: .only([1]))]),
                              PathwayGroup(title: "Core", rule: .allOf, components: [PathwayComponent(world.questioning.0.id)])]
            try store.pathways.saveDraft(pathway)
            // Then it reads back as saved: the draft may name a microcredential still in draft
            #expect(try store.pathways.find(pathway.id, in: world.org) == pathway)
            pathway.groups = []
            try store.pathways.saveDraft(pathway)
            #expect(try store.pathways.find(pathway.id, in: world.org).groups.isEmpty, "a draft may be saved unfinished")
            #expect(try store.pathways.all(in: world.org).map(\.id) == [pathway.id])
            #expect(try store.pathways.all(in: world.org, state: .published).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aDraftWithProblemsIsRefusedWithEveryProblemAndNothingIsSaved(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            var broken = world.pathway()
            broken.title = " "
            broken.groups[0].rule = .nOf(3)
            broken.groups[1].components.append(PathwayComponent(world.lakesides.0.id))
            broken.groups[1].components.append(PathwayComponent(Microcredential.ID(rawValue: "no-such-thing")))
            #expect(throws: PathwayRefusal(problems: [.titleRequired, .countOutOfRange(group: 1, count: 3, components: 2),
                                                      .notInCatalog(group: 2, component: 2), .notInCatalog(group: 2, component: 3)])) {
                try store.pathways.create(broken)
            }
            #expect(try store.pathways.fetch(broken.id, in: world.org) == nil)

            try store.pathways.create(world.pathway())
            let twin = world.pathway(title: "Twin")
            #expect(throws: PathwayRefusal(problems: [.slugTaken])) { try store.pathways.create(twin) }
            var published = world.pathway(slug: "published-already")
            try published.transition(to: .published, at: .fixture)
            #expect(throws: PathwayError.notADraft(.published)) { try store.pathways.create(published) }
            #expect(try store.pathways.all(in: world.org).count == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aSavedDraftWithProblemsKeepsWhatItHad(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            let pathway = world.pathway()
            try store.pathways.create(pathway)
            try store.pathways.create(world.pathway(slug: "other", title: "Other"))
            var changed = pathway
            changed.slug = "other"
            changed.groups[1].components.append(PathwayComponent(world.questioning.0.id))
            #expect(throws: PathwayRefusal(problems: [.slugTaken, .repeatedMicrocredential(group: 2, component: 2, firstGroup: 1)])) {
                try store.pathways.saveDraft(changed)
            }
            #expect(try store.pathways.find(pathway.id, in: world.org) == pathway)
            let elsewhere = Pathway(id: pathway.id, organizationID: world.fixture.lakeside.id, slug: "x1", title: "X", createdAt: .fixture,
                                createdBy: world.fixture.ana.id)
            #expect(throws: DatabaseError.notFound("pathway")) { try store.pathways.saveDraft(elsewhere) }
        }
    }

    @Test(arguments: TestDatabase.available)
    func publishingChecksTheCatalogThenFreezesThePathwayUntilItIsRetired(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            var pathway = world.pathway()
            pathway.groups[0].components.append(PathwayComponent(world.feedbackDraft.0.id))
            pathway.groups[0].components[1].versions = .from(3)
            try store.pathways.create(pathway)
            #expect(throws: PathwayError.hasProblems([.noVersionMatches(group: 1, component: 2), .notInCatalog(group: 1, component: 3)])) {
                try store.pathways.publish(pathway.id, at: .fixture.plus(days: 10), in: world.org)
            }
            #expect(try store.pathways.find(pathway.id, in: world.org).state == .draft)

            pathway.groups = world.pathway().groups
            try store.pathways.saveDraft(pathway)
            let published = try store.pathways.publish(pathway.id, at: .fixture.plus(days: 10), in: world.org)
            #expect(published.state == .published && published.publishedAt == .fixture.plus(days: 10))
            #expect(try store.pathways.find(pathway.id, in: world.org) == published)
            #expect(throws: PathwayError.notADraft(.published)) { try store.pathways.saveDraft(pathway) }
            #expect(throws: PathwayError.illegalTransition(from: .published, to: .published)) {
                try store.pathways.publish(pathway.id, at: .fixture.plus(days: 11), in: world.org)
            }
            #expect(throws: DatabaseError.notFound("pathway")) {
                try store.pathways.retire(pathway.id, at: .fixture.plus(days: 12), in: world.fixture.lakeside.id)
            }
            let retired = try store.pathways.retire(pathway.id, at: .fixture.plus(days: 12), in: world.org)
            #expect(retired.state == .retired && retired.retiredAt == .fixture.plus(days: 12) && retired.publishedAt == .fixture.plus(days: 10))
            #expect(try store.pathways.find(pathway.id, in: world.org) == retired)
            #expect(throws: PathwayError.illegalTransition(from: .retired, to: .retired)) {
                try store.pathways.retire(pathway.id, at: .fixture.plus(days: 13), in: world.org)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func theCatalogListsPublishedPathwaysWithTheirComponentsInAFixedNumberOfQueries(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            let formative = world.pathway()
            try store.pathways.create(formative)
            try store.pathways.publish(formative.id, at: .fixture.plus(days: 10), in: world.org)
            try store.database.read { _ = try $0.query("SELECT 0 AS zero") }  // opens the reading connections (their pragmas count too)
            let before = store.database.statistics.statements
            #expect(try store.pathways.catalog(organization: world.org).count == 1)
            let oneCost = store.database.statistics.statements - before

            let talk = Pathway(organizationID: world.org, slug: "talk", title: "Academic talk",
                               groups: [PathwayGroup(rule: .nOf(1), components: [PathwayComponent(world.discourse.0.id),
                                                                                 PathwayComponent(world.questioning.0.id)])],
                               createdAt: .fixture, createdBy: world.fixture.ana.id)
            try store.pathways.create(talk)
            try store.pathways.publish(talk.id, at: .fixture.plus(days: 10), in: world.org)
            try store.pathways.create(world.pathway(slug: "still-a-draft", title: "A draft"))

            let start = store.database.statistics.statements
            let entries = try store.pathways.catalog(organization: world.org)
            #expect(store.database.statistics.statements - start == oneCost, "as many queries for two pathways as for one")
            #expect(oneCost == 5, "BEGIN, pathways, groups, components, COMMIT")
            #expect(entries.map(\.pathway.slug) == ["talk", "formative-assessment"], "published only, by title")
            #expect(entries[0].pathway.groups[0].components.map(\.microcredentialID) == [world.discourse.0.id, world.questioning.0.id])
            let waitTime = try #require(entries[1].components[world.waitTimeV1.0.id])
            #expect(waitTime.slug == "wait-time" && waitTime.title == "Wait Time" && waitTime.versionNumber == 2 && waitTime.creditHours == 2,
                    "the latest published version")
            #expect(entries[1].components.count == 3)
            #expect(try store.pathways.catalog(organization: world.fixture.lakeside.id).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aMicrocredentialListsThePublishedPathwaysItBelongsTo(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            let formative = world.pathway()
            try store.pathways.create(formative)
            try store.pathways.publish(formative.id, at: .fixture.plus(days: 10), in: world.org)
            let draft = Pathway(organizationID: world.org, slug: "draft-one", title: "A draft",
                                groups: [PathwayGroup(components: [PathwayComponent(world.questioning.0.id)])],
                                createdAt: .fixture, createdBy: world.fixture.ana.id)
            try store.pathways.create(draft)
            #expect(try store.pathways.pathways(containing: world.questioning.0.id, in: world.org)
                    == [PathwayReference(id: formative.id, slug: "formative-assessment", title: "Formative Assessment")])
            #expect(try store.pathways.pathways(containing: world.feedbackDraft.0.id, in: world.org).isEmpty)
            #expect(try store.pathways.pathways(containing: world.questioning.0.id, in: world.fixture.lakeside.id).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anEducatorsAwardsComeWithTheirVersionsAndCreditHoursInOneQueryAndMakeTheProgress(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            let pathway = world.pathway()
            try store.pathways.create(pathway)
            let q = try world.earn(world.questioning.0, world.questioning.1, at: .fixture.plus(days: 5), store: store)
            let w = try world.earn(world.waitTimeV1.0, world.waitTimeV2, at: .fixture.plus(days: 6), store: store)
            let d = try world.earn(world.discourse.0, world.discourse.1, at: .fixture.plus(days: 7), store: store)

            try store.database.read { _ = try $0.query("SELECT 0 AS zero") }  // opens the reading connections (their pragmas count too)
            let before = store.database.statistics.statements
            let awards = try store.pathways.progressAwards(of: world.fixture.ana.id, in: world.org, among: pathway.microcredentialIDs)
            #expect(store.database.statistics.statements - before == 3, "BEGIN, the awards, COMMIT")
            #expect(awards == [
                PathwayAward(awardID: q.id, microcredentialID: world.questioning.0.id, versionNumber: 1, decidedAt: .fixture.plus(days: 5), creditHours: 1.5),
                PathwayAward(awardID: w.id, microcredentialID: world.waitTimeV1.0.id, versionNumber: 2, decidedAt: .fixture.plus(days: 6), creditHours: 2),
                PathwayAward(awardID: d.id, microcredentialID: world.discourse.0.id, versionNumber: 1, decidedAt: .fixture.plus(days: 7), creditHours: 3),
            ])
            #expect(try store.pathways.progressAwards(of: world.fixture.ana.id, in: world.org, among: [world.discourse.0.id]).map(\.awardID) == [d.id])
            #expect(try store.pathways.progressAwards(of: world.fixture.ana.id, in: world.fixture.lakeside.id).isEmpty)
            #expect(try store.pathways.progressAwards(of: world.cleo.id, in: world.org).isEmpty)

            let progress = PathwayProgress(pathway: pathway, awards: awards)
            #expect(progress.isComplete && progress.completedAt == .fixture.plus(days: 7) && progress.creditHours == 6.5)
            #expect(progress.countedAwards.map(\.awardID) == [q.id, w.id, d.id])

            // An award whose only credential is revoked stops counting; one corrected (a new credential stands) counts.
            func credential(for award: Award, index: Int) -> IssuedCredential {
                IssuedCredential(organizationID: world.org, educatorID: world.fixture.ana.id, awardID: award.id,
                                 microcredentialID: award.microcredentialID, name: award.title, statusIndex: index, document: "{}",
                                 issuedAt: award.decidedAt, validUntil: nil)
            }
            let revoked = credential(for: d, index: 0), old = credential(for: q, index: 1), corrected = credential(for: q, index: 2)
            try store.write { tx in
                for issued in [revoked, old, corrected] { try store.credentials.insert(issued, in: tx) }
                _ = try store.credentials.changeStatus(of: revoked.id, in: world.org, to: .revoked, reason: "Error.", by: nil,
                                                       at: .fixture.plus(days: 9), in: tx)
                _ = try store.credentials.changeStatus(of: old.id, in: world.org, to: .revoked, reason: "Corrected.", by: nil,
                                                       at: .fixture.plus(days: 9), in: tx)
            }
            #expect(try store.pathways.progressAwards(of: world.fixture.ana.id, in: world.org, among: pathway.microcredentialIDs)
                .map(\.awardID) == [q.id, w.id])
        }
    }

    @Test(arguments: TestDatabase.available)
    func theDatabaseKeepsAPathwayAndItsMicrocredentialsInOneOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            let pathway = world.pathway()
            try store.pathways.create(pathway)
            let error = try #require(throws: DatabaseError.self) {
                try store.write { tx in
                    try tx.execute("""
                        INSERT INTO pathway_components (pathway_id, group_position, position, organization_id, microcredential_id)
                        VALUES (\(pathway.id), 2, 2, \(world.org), \(world.lakesides.0.id))
                        """)
                }
            }
            #expect(error.kind == .foreignKeyViolation)
            let pin = try #require(throws: DatabaseError.self) {
                try store.write { tx in
                    try tx.execute("""
                        INSERT INTO pathway_components (pathway_id, group_position, position, organization_id, microcredential_id,
                                                        from_version, only_versions)
                        VALUES (\(pathway.id), 2, 2, \(world.org), \(world.feedbackDraft.0.id), 2, '1,3')
                        """)
                }
            }
            #expect(pin.kind == .constraint)
            #expect(try store.pathways.find(pathway.id, in: world.org) == pathway)
        }
    }
}
