import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// Helpers to set up microcredentials in a given state.
extension Fixture {
    func microcredential(_ slug: String, in organization: Organization? = nil, by person: Person? = nil) -> Microcredential {
        Microcredential(organizationID: (organization ?? riverbend).id, slug: slug, createdAt: .fixture, createdBy: (person ?? ana).id)
    }

    /// Creates a microcredential with the design and moves version 1 through the given states.
    @discardableResult
    func make(_ slug: String, _ design: Design, through states: [LifecycleState] = [], in organization: Organization? = nil,
              store: Store) throws -> (Microcredential, MicrocredentialVersion) {
        let m = microcredential(slug, in: organization)
        var version = try store.microcredentials.create(m, design: design)
        for (offset, state) in states.enumerated() {
            version = try store.microcredentials.transition(version.id, to: state, at: Date.fixture.plus(days: Double(offset + 1)),
                                                            in: m.organizationID)
        }
        return (m, version)
    }
}

@Suite struct MicrocredentialRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func theLatestVersionsOfSomeMicrocredentialsComeByTitleWithTheirPublishedNumber(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let org = f.riverbend.id
            let (zebra, zebraV1) = try f.make("zebra", .sample("zebra questions"), through: [.published], store: store)
            let draft = try store.microcredentials.createNextDraft(from: zebraV1.id, changeNote: "Clearer.", at: .fixture.plus(days: 9), in: org)
            let (apple, _) = try f.make("apple", .sample("Apple talk"), store: store)
            let (left, _) = try f.make("left-out", .sample("Left out"), through: [.published], store: store)
            let (other, _) = try f.make("other", .sample("Other district"), in: f.lakeside, store: store)

            let entries = try store.microcredentials.latestVersions(of: [zebra.id, apple.id, other.id], in: org)
            #expect(entries.map(\.microcredential.slug) == ["apple", "zebra"], "by title in any case; another organization's left out")
            #expect(entries.last?.latest.id == draft.id && entries.last?.publishedNumber == 1, "the draft is the latest; version 1 is published")
            #expect(entries.first?.publishedNumber == nil)
            #expect(!entries.contains { $0.microcredential.id == left.id })
            #expect(try store.microcredentials.latestVersions(of: [], in: org).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func creatingAMicrocredentialMakesVersionOneADraft(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let m = f.microcredential("checks-for-understanding")
            let v1 = try store.microcredentials.create(m, design: .sample("Checks for Understanding"))
            #expect(v1.number == 1 && v1.state == .draft && v1.microcredentialID == m.id && v1.createdAt == .fixture && v1.changeNote == nil)
            #expect(try store.microcredentials.find(m.id, in: f.riverbend.id) == m)
            #expect(try store.microcredentials.find(slug: "checks-for-understanding", in: f.riverbend.id) == m)
            #expect(try store.microcredentials.fetch(slug: "nothing-here", in: f.riverbend.id) == nil)
            #expect(try store.microcredentials.versions(of: m.id, in: f.riverbend.id) == [v1])
            #expect(try store.microcredentials.findVersion(v1.id, in: f.riverbend.id) == v1)
            #expect(try store.microcredentials.fetchVersion(number: 1, of: m.id, in: f.riverbend.id) == v1)
            #expect(try store.microcredentials.latestDraft(of: m.id, in: f.riverbend.id) == v1)
            #expect(try store.microcredentials.latestPublished(of: m.id, in: f.riverbend.id) == nil)

            let taken = f.microcredential("checks-for-understanding")
            #expect(try #require(throws: DatabaseError.self) { try store.microcredentials.create(taken, design: .sample("Twin")) }.kind == .uniqueViolation)
            #expect(try store.microcredentials.versions(of: taken.id, in: f.riverbend.id) == [])  // nothing half-made
            let elsewhere = f.microcredential("checks-for-understanding", in: f.lakeside)
            try store.microcredentials.create(elsewhere, design: .sample("Lakeside's own"))
            let bad = f.microcredential("Bad Slug")
            #expect(try #require(throws: DatabaseError.self) { try store.microcredentials.create(bad, design: .sample("Bad")) }.kind == .constraint)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aDraftIsSavedAndReadBackWhole(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (_, v1) = try f.make("discourse", .sample("Academic Discourse"), store: store)
            var draft = v1
            try draft.edit { design in
                design.summary = "Students talk to learn: “turn and talk”, revoicing, wait time."
                design.image = DesignImage(blob: String(repeating: "ab", count: 32), alt: "Students in a circle")
                design.validityMonths = 24
                design.links = [ResourceLink(title: "Talk moves", url: "https://example.org/talk")]
                design.rubric.successRule = .pointsAtLeast(minimum: 2, floor: "approaching")
                design.addObjective(statement: "Use wait time after questions.")
            }
            draft.changeNote = "Added wait time."
            try store.microcredentials.saveDraft(draft, in: f.riverbend.id)
            #expect(try store.microcredentials.findVersion(v1.id, in: f.riverbend.id) == draft)
        }
    }

    @Test(arguments: TestDatabase.available)
    func transitionsStampTheirTimesAndIllegalOnesAreRefused(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (_, v1) = try f.make("discourse", .sample("Academic Discourse"), store: store)
            let repo = store.microcredentials, org = f.riverbend.id
            let pilot = try repo.transition(v1.id, to: .pilot, at: Date.fixture.plus(days: 1), in: org)
            #expect(pilot.state == .pilot && pilot.pilotStartedAt == Date.fixture.plus(days: 1))
            #expect(try repo.findVersion(v1.id, in: org) == pilot)
            #expect(throws: LifecycleError.illegalTransition(from: .pilot, to: .draft)) { try repo.transition(v1.id, to: .draft, at: .fixture, in: org) }
            // The value form: a version moved by the CairnCore rule, saved.
            var published = pilot
            try published.transition(to: .published, at: Date.fixture.plus(days: 2), check: .clean)
            try repo.transition(published, in: org)
            #expect(try repo.findVersion(v1.id, in: org) == published)
            #expect(throws: LifecycleError.illegalTransition(from: .published, to: .pilot)) { try repo.transition(v1.id, to: .pilot, at: .fixture, in: org) }
            // Saving a stale value whose move the stored state does not allow is refused too.
            #expect(throws: LifecycleError.illegalTransition(from: .published, to: .published)) { try repo.transition(published, in: org) }
            let retired = try repo.transition(v1.id, to: .retired, at: Date.fixture.plus(days: 3), in: org)
            #expect(retired.retiredAt == Date.fixture.plus(days: 3) && retired.publishedAt == Date.fixture.plus(days: 2)
                    && retired.pilotStartedAt == Date.fixture.plus(days: 1))
            #expect(try repo.findVersion(v1.id, in: org).state == .retired)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aDesignWithCheckerErrorsCannotBePilotedOrPublished(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            var design = Design.sample("Unfinished")
            design.rubric.criteria[0].descriptors["exemplary"] = nil
            let (_, v1) = try f.make("unfinished", design, store: store)
            for state in [LifecycleState.pilot, .published] {
                #expect(throws: LifecycleError.designHasErrors(count: 1)) {
                    try store.microcredentials.transition(v1.id, to: state, at: .fixture, in: f.riverbend.id)
                }
                // A value moved with a check that missed the error is refused by the repository's own check.
                var forced = v1
                try forced.transition(to: state, at: .fixture, check: .clean)
                #expect(throws: LifecycleError.designHasErrors(count: 1)) { try store.microcredentials.transition(forced, in: f.riverbend.id) }
            }
            #expect(try store.microcredentials.findVersion(v1.id, in: f.riverbend.id).state == .draft)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aVersionOutOfDraftNeverChangesItsDesign(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (_, published) = try f.make("discourse", .sample("Academic Discourse"), through: [.published], store: store)
            let org = f.riverbend.id
            // The repository refuses.
            let forged = MicrocredentialVersion(id: published.id, microcredentialID: published.microcredentialID, number: 1,
                                                design: .sample("Rewritten"), createdAt: .fixture)
            #expect(throws: LifecycleError.notADraft(.published)) { try store.microcredentials.saveDraft(forged, in: org) }
            // The database refuses, whatever the SQL.
            for sql: SQL in ["UPDATE microcredential_versions SET design_json = '{}' WHERE id = \(published.id)",
                             "UPDATE microcredential_versions SET state = 'draft' WHERE id = \(published.id)"] {
                let error = try #require(throws: DatabaseError.self) { try store.write { try $0.execute(sql) } }
                #expect(error.kind == .constraint)
                #expect(error.message.contains("cannot change its design"))
            }
            #expect(try store.microcredentials.findVersion(published.id, in: org) == published)
            // A draft's design may change through SQL (the trigger guards only versions out of draft).
            let (_, draft) = try f.make("draft-only", .sample("Draft"), store: store)
            let changed = try store.write { try $0.execute("UPDATE microcredential_versions SET change_note = 'n' WHERE id = \(draft.id)") }
            #expect(changed == 1)
            // Moving state and stamping times stays possible.
            #expect(try store.microcredentials.transition(published.id, to: .retired, at: .fixture, in: org).state == .retired)
        }
    }

    @Test(arguments: TestDatabase.available)
    func revisingOpensTheNextDraftFromThePublishedDesign(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let repo = store.microcredentials, org = f.riverbend.id
            let (m, v1) = try f.make("discourse", .sample("Academic Discourse"), through: [.pilot, .published], store: store)
            let v2 = try repo.createNextDraft(from: v1.id, changeNote: "Clearer reflection prompt.", at: Date.fixture.plus(days: 7), in: org)
            #expect(v2.number == 2 && v2.state == .draft && v2.design == v1.design && v2.changeNote == "Clearer reflection prompt.")
            #expect(v2.createdAt == Date.fixture.plus(days: 7) && v2.publishedAt == nil)
            #expect(try repo.versions(of: m.id, in: org).map(\.number) == [1, 2])
            #expect(try repo.latestDraft(of: m.id, in: org) == v2)
            #expect(try repo.latestPublished(of: m.id, in: org) == v1)
            #expect(throws: LifecycleError.draftAlreadyExists(number: 2)) {
                try repo.createNextDraft(from: v1.id, changeNote: "Again", at: .fixture, in: org)
            }
            #expect(throws: LifecycleError.cannotReviseADraft) { try repo.createNextDraft(from: v2.id, changeNote: nil, at: .fixture, in: org) }
            var edited = v2
            try edited.edit { $0.title = "Academic Discourse in Every Subject" }
            try repo.saveDraft(edited, in: org)
            try repo.transition(v2.id, to: .published, at: Date.fixture.plus(days: 8), in: org)
            #expect(try repo.latestPublished(of: m.id, in: org)?.design.title == "Academic Discourse in Every Subject")
            #expect(try repo.findVersion(v1.id, in: org).design.title == "Academic Discourse")  // the earlier version is untouched
            #expect(try repo.catalog(organization: org).map(\.version.number) == [2])
            let v3 = try repo.createNextDraft(from: v1.id, changeNote: nil, at: .fixture, in: org)
            #expect(v3.number == 3 && v3.design.title == "Academic Discourse")
        }
    }

    @Test(arguments: TestDatabase.available)
    func duplicatingMakesANewMicrocredentialFromAVersion(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (_, v1) = try f.make("discourse", .sample("Academic Discourse"), through: [.published], store: store)
            let copy = Microcredential(organizationID: f.riverbend.id, slug: "discourse-k2", createdAt: Date.fixture.plus(days: 2),
                                       createdBy: f.ana.id)
            let version = try store.microcredentials.duplicate(v1.id, as: copy, title: "Academic Discourse, K–2")
            #expect(version.microcredentialID == copy.id && version.number == 1 && version.state == .draft)
            #expect(version.design.title == "Academic Discourse, K–2" && version.design.objectives == v1.design.objectives)
            #expect(try store.microcredentials.find(slug: "discourse-k2", in: f.riverbend.id) == copy)
            // Another organization cannot copy Riverbend's version.
            let theft = Microcredential(organizationID: f.lakeside.id, slug: "discourse", createdAt: .fixture, createdBy: f.ben.id)
            #expect(throws: DatabaseError.notFound("microcredential version")) { try store.microcredentials.duplicate(v1.id, as: theft) }
            #expect(try store.microcredentials.fetch(slug: "discourse", in: f.lakeside.id) == nil)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theCatalogShowsTheLatestPublishedVersionOfEachOfOneOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let repo = store.microcredentials, org = f.riverbend.id
            let (_, a1) = try f.make("a-revised", .sample("Alpha"), through: [.published], store: store)
            _ = try repo.createNextDraft(from: a1.id, changeNote: "Work in progress", at: .fixture, in: org)
            try f.make("b-draft", .sample("Bravo"), store: store)
            try f.make("c-pilot", .sample("Charlie"), through: [.pilot], store: store)
            let (_, d1) = try f.make("d-twice", .sample("Delta"), through: [.published], store: store)
            let d2 = try repo.createNextDraft(from: d1.id, changeNote: "v2", at: .fixture, in: org)
            var edited = d2
            try edited.edit { $0.title = "Delta Two" }
            try repo.saveDraft(edited, in: org)
            try repo.transition(d2.id, to: .published, at: .fixture, in: org)
            try f.make("e-retired", .sample("Echo"), through: [.published, .retired], store: store)
            try f.make("lake", .sample("Lakeside Alpha"), through: [.published], in: f.lakeside, store: store)

            let catalog = try repo.catalog(organization: org)
            #expect(catalog.map(\.design.title) == ["Alpha", "Delta Two"])
            #expect(catalog.map(\.microcredential.slug) == ["a-revised", "d-twice"])
            #expect(catalog.map(\.version.number) == [1, 2])
            #expect(try repo.catalog(organization: f.lakeside.id).map(\.design.title) == ["Lakeside Alpha"])
        }
    }

    @Test(arguments: TestDatabase.available)
    func theCatalogIsSearchedByWordStemmedAndRanked(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            try f.make("discourse", .sample("Academic Discourse", summary: "Structure student discussions with talk moves."),
                       through: [.published], store: store)
            try f.make("checks", .sample("Checks for Understanding", summary: "Quick formative checks during the lesson."),
                       through: [.published], store: store)
            try f.make("family", .sample("Family Communication", summary: "Two-way messages with families.", subjects: ["Family engagement"],
                                         objective: "Write feedback to families about student progress."), through: [.published], store: store)
            try f.make("writing-feedback", .sample("Feedback on Student Writing", summary: "Comments that move writers forward."),
                       through: [.published], store: store)
            try f.make("hidden", .sample("Discussion Protocols Draft"), store: store)  // a draft: never in the catalog
            func search(_ q: String) throws -> [String] {
                try store.microcredentials.catalog(organization: f.riverbend.id, query: q).map(\.microcredential.slug)
            }
            #expect(try search("discussion") == ["discourse"])       // stemmed: finds "discussions"
            #expect(try search("DISCUSSIONS talk") == ["discourse"])
            #expect(try search("\"talk moves\"") == ["discourse"])
            #expect(try search("\"moves talk\"") == [])
            #expect(try Set(search("checks or families")) == ["checks", "family"])
            #expect(try search("feedback -families") == ["writing-feedback"])
            #expect(try search("feedback") == ["writing-feedback", "family"])  // a title match ranks above an objective's mention
            #expect(try search("zyzzyva") == [])
            #expect(try search("talk\"; DROP TABLE x; -- NEAR(") == [])  // syntax of neither engine leaks through
            #expect(try search("' ; -- * (").count == 4)               // no word at all: no search
            #expect(try search("  ").count == 4)                     // blank: no search, everything by title
            #expect(try search("-family").count == 4)               // only an exclusion: ignored
        }
    }

    @Test(arguments: TestDatabase.available)
    func theCatalogIsFilteredBySubjectGradeBandAndHours(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            try f.make("alpha", .sample("Alpha", subjects: ["Assessment", "Literacy"], gradeBands: [.k2, .grades3to5], hours: 6, credit: 0),
                       through: [.published], store: store)
            try f.make("bravo", .sample("Bravo", subjects: ["Literacy"], gradeBands: [.grades9to12], hours: 15, credit: 2), through: [.published], store: store)
            try f.make("charlie", .sample("Charlie", subjects: ["Math"], gradeBands: [.k2, .adult], hours: 10, credit: 1), through: [.published], store: store)
            func slugs(_ filters: CatalogFilters, query: String? = nil) throws -> [String] {
                try store.microcredentials.catalog(organization: f.riverbend.id, query: query, filters: filters).map(\.microcredential.slug)
            }
            #expect(try slugs(.none) == ["alpha", "bravo", "charlie"])
            #expect(try slugs(CatalogFilters(subject: "literacy")) == ["alpha", "bravo"])
            #expect(try slugs(CatalogFilters(subject: " LITERACY ")) == ["alpha", "bravo"])
            #expect(try slugs(CatalogFilters(subject: "Liter")) == [])
            #expect(try slugs(CatalogFilters(gradeBand: .k2)) == ["alpha", "charlie"])
            #expect(try slugs(CatalogFilters(maxHours: 10)) == ["alpha", "charlie"])
            #expect(try slugs(CatalogFilters(minCreditHours: 1)) == ["bravo", "charlie"])
            #expect(try slugs(CatalogFilters(subject: "Literacy", gradeBand: .grades9to12, maxHours: 20, minCreditHours: 2)) == ["bravo"])
            #expect(try slugs(CatalogFilters(gradeBand: .k2), query: "charlie") == ["charlie"])
            #expect(try store.microcredentials.catalogSubjects(organization: f.riverbend.id) == ["Assessment", "Literacy", "Math"])
        }
    }

    @Test(arguments: TestDatabase.available)
    func theStudioListsEveryMicrocredentialByItsLatestVersion(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (_, a1) = try f.make("alpha", .sample("Alpha"), through: [.published], store: store)
            try store.microcredentials.createNextDraft(from: a1.id, changeNote: nil, at: .fixture, in: f.riverbend.id)
            try f.make("bravo", .sample("bravo"), through: [.pilot], store: store)
            try f.make("charlie", .sample("Charlie"), through: [.published], store: store)
            try f.make("lake", .sample("Lake"), in: f.lakeside, store: store)
            let all = try store.microcredentials.studio(organization: f.riverbend.id)
            #expect(all.map(\.microcredential.slug) == ["alpha", "bravo", "charlie"])
            #expect(all.map(\.latest.state) == [.draft, .pilot, .published])
            #expect(all.map(\.publishedNumber) == [1, nil, 1])
            #expect(try store.microcredentials.studio(organization: f.riverbend.id, state: .published).map(\.microcredential.slug) == ["charlie"])
            #expect(try store.microcredentials.studio(organization: f.lakeside.id).map(\.microcredential.slug) == ["lake"])
        }
    }

    @Test(arguments: TestDatabase.available)
    func anotherOrganizationSeesNothing(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let repo = store.microcredentials, lake = f.lakeside.id
            let (m, v1) = try f.make("discourse", .sample("Academic Discourse"), through: [.pilot], store: store)
            try store.pilots.addParticipant(PilotParticipant(versionID: v1.id, personID: f.ana.id, role: .educator, joinedAt: .fixture),
                                            in: f.riverbend.id)
            let notFound = DatabaseError.notFound("microcredential version")
            #expect(try repo.fetch(m.id, in: lake) == nil)
            #expect(throws: DatabaseError.notFound("microcredential")) { try repo.find(m.id, in: lake) }
            #expect(try repo.fetch(slug: "discourse", in: lake) == nil)
            #expect(try repo.fetchVersion(v1.id, in: lake) == nil)
            #expect(try repo.fetchVersion(number: 1, of: m.id, in: lake) == nil)
            #expect(try repo.versions(of: m.id, in: lake) == [])
            #expect(try repo.latestDraft(of: m.id, in: lake) == nil)
            #expect(throws: notFound) { try repo.transition(v1.id, to: .published, at: .fixture, in: lake) }
            #expect(throws: notFound) { try repo.createNextDraft(from: v1.id, changeNote: nil, at: .fixture, in: lake) }
            #expect(throws: notFound) { try repo.saveDraft(v1, in: lake) }
            #expect(try repo.studio(organization: lake) == [])
            try repo.transition(v1.id, to: .published, at: .fixture, in: f.riverbend.id)
            #expect(try repo.catalog(organization: lake) == [])
            #expect(try repo.catalog(organization: lake, query: "discourse") == [])
            #expect(try store.pilots.participants(of: v1.id, in: lake) == [])
            #expect(try store.pilots.feedback(for: v1.id, in: lake) == [])
            #expect(throws: notFound) {
                try store.pilots.addParticipant(PilotParticipant(versionID: v1.id, personID: f.ben.id, role: .educator, joinedAt: .fixture), in: lake)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func removingAnOrganizationRemovesItsMicrocredentialsAndTheirSearchEntries(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            try f.make("discourse", .sample("Academic Discourse"), through: [.published], store: store)
            let (lake, _) = try f.make("discourse", .sample("Lakeside Discourse"), through: [.published], in: f.lakeside, store: store)
            try store.write { try $0.execute("DELETE FROM organizations WHERE id = \(f.lakeside.id)") }
            #expect(try store.microcredentials.fetch(lake.id, in: f.lakeside.id) == nil)
            #expect(try store.microcredentials.catalog(organization: f.riverbend.id, query: "discourse").map(\.design.title) == ["Academic Discourse"])
            if store.database.engine == .sqlite {
                let rows = try store.database.read { try $0.query("SELECT count(*) AS n FROM microcredential_search") }
                #expect(try rows[0].get("n", as: Int.self) == 1)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func pilotParticipantsAndFeedbackRoundTrip(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let org = f.riverbend.id
            let (_, v1) = try f.make("discourse", .sample("Academic Discourse"), through: [.pilot], store: store)
            let cy = Person(email: try EmailAddress("cy@riverbend.example"), displayName: "Cy", createdAt: .fixture)
            try store.members.createPerson(cy)
            let ana = PilotParticipant(versionID: v1.id, personID: f.ana.id, role: .educator, joinedAt: Date.fixture.plus(minutes: 1))
            let assessor = PilotParticipant(versionID: v1.id, personID: cy.id, role: .assessor, joinedAt: Date.fixture.plus(minutes: 2))
            #expect(try store.pilots.addParticipant(assessor, in: org))
            #expect(try store.pilots.addParticipant(ana, in: org))
            #expect(try !store.pilots.addParticipant(ana, in: org))  // joining twice (an invite link clicked again) changes nothing
            #expect(try store.pilots.participants(of: v1.id, in: org) == [ana, assessor])
            #expect(try store.pilots.fetchParticipant(cy.id, of: v1.id, in: org) == assessor)

            let feedback = PilotFeedback(versionID: v1.id, personID: f.ana.id, role: .educator,
                                         items: [ItemFeedback(kind: .requirement, itemID: "r1", clarity: 2, comment: "Which lesson?"),
                                                 ItemFeedback(kind: .criterion, itemID: "c1", clarity: 4)],
                                         relevance: 5, workloadHours: 12.5, wouldRecommend: true, comments: "Useful “talk moves”.",
                                         submittedAt: Date.fixture.plus(days: 3))
            try store.pilots.saveFeedback(feedback, in: org)
            #expect(try store.pilots.feedback(for: v1.id, in: org) == [feedback])
            // Submitting again replaces the earlier answers.
            var again = PilotFeedback(versionID: v1.id, personID: f.ana.id, role: .educator, relevance: 4, workloadHours: 10,
                                      wouldRecommend: false, submittedAt: Date.fixture.plus(days: 4))
            again.comments = "Changed my mind."
            try store.pilots.saveFeedback(again, in: org)
            #expect(try store.pilots.feedback(for: v1.id, in: org) == [again])

            let stranger = PilotFeedback(versionID: v1.id, personID: f.ben.id, role: .educator, relevance: 3, workloadHours: 1,
                                         wouldRecommend: true, submittedAt: .fixture)
            #expect(throws: DatabaseError.notFound("pilot participant")) { try store.pilots.saveFeedback(stranger, in: org) }
            let unclear = PilotFeedback(versionID: v1.id, personID: cy.id, role: .assessor,
                                        items: [ItemFeedback(kind: .criterion, itemID: "c9", clarity: 3)], relevance: 3, workloadHours: 1,
                                        wouldRecommend: true, submittedAt: .fixture)
            #expect(throws: PilotFeedbackError.unknownItem(kind: .criterion, itemID: "c9")) { try store.pilots.saveFeedback(unclear, in: org) }

            let report = try store.pilots.report(for: v1.id, in: org, scores: [["c1": "approaching"], ["c1": "exemplary"]])
            #expect(report.responseCount == 1 && report.averageRelevance == 4 && report.shareRecommending == 0)
            #expect(report.criteria.first?.shareNotYet == 0.5)
            #expect(try store.pilots.removeParticipant(cy.id, from: v1.id, in: org))
            #expect(try store.pilots.participants(of: v1.id, in: org) == [ana])
        }
    }
}
