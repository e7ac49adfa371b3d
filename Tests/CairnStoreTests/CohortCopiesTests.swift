import Foundation
import Synchronization
import Testing
import CairnCore
@testable import CairnStore

/// The copies a coach's cohort reads from its index (migration 23) follow every change to what they
/// copy, on both engines: each step compares what the rows keep with what the membership and the
/// person say, and a coach's cohort with the step's effect.
@Suite struct CohortCopiesTests {
    struct Copies: Equatable {
        var coached: Bool, school: School.ID?, name: String, enrolled: Bool
    }

    /// What the enrollment and its educator's membership keep.
    static func kept(_ store: Store, _ id: Enrollment.ID) throws -> Copies {
        try store.database.read { tx in
            let row = try #require(try tx.queryOne("""
                SELECT e.coached, e.educator_school_id, e.educator_name, m.enrolled
                FROM enrollments e JOIN memberships m ON m.organization_id = e.organization_id AND m.person_id = e.educator_id
                WHERE e.id = \(id)
                """))
            return Copies(coached: try row.get("coached", as: Int.self) == 1, school: try row.get("educator_school_id"),
                          name: try row.get("educator_name"), enrolled: try row.get("enrolled", as: Int.self) == 1)
        }
    }

    /// The same facts from their sources: the membership and person as the members repository reads them.
    static func expected(_ store: Store, _ world: EarningWorld, _ educator: Person.ID) throws -> Copies {
        let member = try #require(try store.members.fetchMember(person: educator, organization: world.org))
        return Copies(coached: member.isActive && member.roles.contains(.educator), school: member.membership.schoolID,
                      name: member.person.displayName, enrolled: true)
    }

    /// Two schools of Riverbend, North and South.
    static func schools(_ store: Store, _ world: EarningWorld) throws -> (north: School, south: School) {
        let north = School(organizationID: world.org, name: "North Elementary"), south = School(organizationID: world.org, name: "South Middle")
        try store.organizations.addSchool(north)
        try store.organizations.addSchool(south)
        return (north, south)
    }

    /// Each school's kept size (migration 25), and the same counted from the enrollments.
    static func schoolSizes(_ store: Store, _ world: EarningWorld) throws -> (kept: [School.ID: Int], counted: [School.ID: Int]) {
        try store.database.read { tx in
            var kept: [School.ID: Int] = [:], counted: [School.ID: Int] = [:]
            for row in try tx.query("""
                SELECT s.id, s.coached_enrollments,
                       (SELECT COUNT(*) FROM enrollments e WHERE e.organization_id = s.organization_id AND e.coached = 1
                        AND e.educator_school_id = s.id) AS counted
                FROM schools s WHERE s.organization_id = \(world.org)
                """) {
                kept[try row.get("id")] = try row.get("coached_enrollments")
                counted[try row.get("id")] = try row.get("counted")
            }
            return (kept, counted)
        }
    }

    /// Runs a migration's backfill (its UPDATE statements) again on rows as an earlier Cairn left them;
    /// returns how many statements it ran.
    @discardableResult
    static func backfill(_ migration: Migration, _ store: Store) throws -> Int {
        let statements = migration.statements(for: store.database.engine).filter { $0.hasPrefix("UPDATE") }
        try store.write { tx in for statement in statements { try tx.execute(SQL(raw: statement)) } }
        return statements.count
    }

    static func change(_ store: Store, _ world: EarningWorld, _ person: Person.ID, _ rule: (inout Membership) throws -> Void) throws {
        let member = try #require(try store.members.fetchMember(person: person, organization: world.org))
        try store.members.changeMembership(member.id, in: world.org) { membership, _ in try rule(&membership) }
    }

    @Test(arguments: TestDatabase.available)
    func theCopiesFollowEveryChangeToTheMembershipAndTheName(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (north, south) = try Self.schools(store, world)
            let eve = world.eve.id
            let enrollment = Enrollment(organizationID: world.org, educatorID: eve, microcredentialID: world.microcredential.id,
                                        versionID: world.version.id, startedAt: .fixture.plus(days: 1))
            func check(_ step: String, _ expectation: (Copies) -> Bool) throws {
                let kept = try Self.kept(store, enrollment.id)
                #expect(kept == (try Self.expected(store, world, eve)), "\(step)")
                #expect(expectation(kept), "\(step): \(kept)")
                let sizes = try Self.schoolSizes(store, world)
                #expect(sizes.kept == sizes.counted, "\(step): the schools' kept sizes")
                #expect(sizes.kept[north.id] == (kept.coached && kept.school == north.id ? 1 : 0), "\(step): North")
                #expect(sizes.kept[south.id] == (kept.coached && kept.school == south.id ? 1 : 0), "\(step): South")
            }
            try store.enrollments.enroll(enrollment)
            try check("enrolled") { $0.coached && $0.school == nil && $0.name == "Eve Stone" && $0.enrolled }
            try Self.change(store, world, eve) { $0.schoolID = north.id }
            try check("moved to North") { $0.school == north.id }
            try Self.change(store, world, eve) { $0.schoolID = south.id }
            try check("moved to South") { $0.school == south.id }
            try Self.change(store, world, eve) { try $0.assign([.assessor]) }
            try check("no longer an educator") { !$0.coached }
            try Self.change(store, world, eve) { try $0.assign([.assessor, .educator]) }
            try check("an educator again") { $0.coached }
            try Self.change(store, world, eve) { try $0.deactivate() }
            try check("deactivated") { !$0.coached }
            try Self.change(store, world, eve) { try $0.reactivate() }
            try check("reactivated") { $0.coached }
            try store.write { try store.members.setDisplayName("Eve Stone-Okafor", for: eve, in: $0) }
            try check("renamed") { $0.name == "Eve Stone-Okafor" }
        }
    }

    @Test(arguments: TestDatabase.available)
    func aMembershipAddedAfterItsPersonsEnrollmentIsCopiedAndCountedAsEnrolled(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let fay = Person(email: try EmailAddress("fay@riverbend.example"), displayName: "Fay Lin", createdAt: .fixture)
            try store.members.createPerson(fay)
            let enrollment = Enrollment(organizationID: world.org, educatorID: fay.id, microcredentialID: world.microcredential.id,
                                        versionID: world.version.id, startedAt: .fixture)
            try store.write { try store.enrollments.insert(enrollment, in: $0) }
            #expect(try store.database.read { try $0.queryOne("SELECT coached FROM enrollments WHERE id = \(enrollment.id)")?
                .get("coached", as: Int.self) } == 0, "no membership yet: nobody coaches Fay")
            try store.members.addMembership(Membership(organizationID: world.org, personID: fay.id, roles: [.educator], createdAt: .fixture))
            #expect(try Self.kept(store, enrollment.id) == (try Self.expected(store, world, fay.id)))
        }
    }

    @Test(arguments: TestDatabase.available)
    func migration23CopiesWhatEveryExistingRowNeeds(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (north, _) = try Self.schools(store, world)
            try Self.change(store, world, world.ana) { $0.schoolID = north.id }
            try world.fillWorkspace(store, at: .fixture.plus(days: 1))
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture.plus(days: 2))
            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture.plus(days: 3))
            try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("approaching"), in: world.org, at: .fixture.plus(days: 4))
            let before = try Self.kept(store, world.enrollment.id)
            #expect(before == (try Self.expected(store, world, world.ana)))
            #expect(before.school == north.id && before.name == "Ana Lopez")

            // Given rows as an earlier Cairn left them (the new columns at their defaults),
            try store.write { tx in
                try tx.execute("UPDATE enrollments SET coached = 0, educator_school_id = NULL, educator_name = ''")
                try tx.execute("UPDATE memberships SET enrolled = 0")
            }
            // when the migration's backfill runs,
            #expect(try Self.backfill(Migration0023CohortFromAnIndex.migration, store) == 2, "one statement per table")
            // then every row holds what the repositories would have kept.
            #expect(try Self.kept(store, world.enrollment.id) == before)
            let cohort = try store.enrollments.cohort(coachedBy: Membership(organizationID: world.org, personID: world.dev.id, roles: [.coach],
                                                                            schoolID: north.id, createdAt: .fixture),
                                                      at: .fixture.plus(days: 30), rows: 10, names: 10)
            #expect(cohort.total == 1 && cohort.stalled == 1 && cohort.rows.map(\.educatorName) == ["Ana Lopez"])
            #expect(cohort.notStartedTotal == 0, "nobody else is in North")
        }
    }

    @Test(arguments: TestDatabase.available)
    func migration25CountsEachSchoolsCoachedEnrollments(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (north, south) = try Self.schools(store, world)
            try Self.change(store, world, world.ana) { $0.schoolID = north.id }
            try Self.change(store, world, world.eve.id) { $0.schoolID = south.id }
            try store.enrollments.enroll(Enrollment(organizationID: world.org, educatorID: world.eve.id, microcredentialID: world.microcredential.id,
                                                    versionID: world.version.id, startedAt: .fixture.plus(days: 1)))
            // Given schools as an earlier Cairn left them (the new column at its default),
            try store.write { try $0.execute("UPDATE schools SET coached_enrollments = 0") }
            // when the migration's backfill runs,
            #expect(try Self.backfill(Migration0025KeptSchoolCohortSizes.migration, store) == 1)
            // then each school holds its coached enrollments.
            let sizes = try Self.schoolSizes(store, world)
            #expect(sizes.kept == sizes.counted && sizes.kept == [north.id: 1, south.id: 1])
        }
    }

    @Test(arguments: TestDatabase.available)
    func aSchoolsCoachSeesWhoIsInTheSchoolNowByTheirNameNow(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (north, south) = try Self.schools(store, world)
            let coach = Person(email: try EmailAddress("coach@riverbend.example"), displayName: "Cora Coach", createdAt: .fixture)
            let northCoach = Membership(organizationID: world.org, personID: coach.id, roles: [.coach], schoolID: north.id, createdAt: .fixture)
            let southCoach = Membership(organizationID: world.org, personID: coach.id, roles: [.coach], schoolID: south.id, createdAt: .fixture)
            let districtCoach = Membership(organizationID: world.org, personID: coach.id, roles: [.coach], createdAt: .fixture)
            try store.members.createPerson(coach)
            let now = Date.fixture.plus(days: 3)
            func names(_ coach: Membership) throws -> [String] {
                try store.enrollments.cohort(coachedBy: coach, at: now, rows: 10, names: 10).rows.map(\.educatorName)
            }
            func notStarted(_ coach: Membership) throws -> [String] {
                try store.enrollments.cohort(coachedBy: coach, at: now, rows: 10, names: 10).notStarted
            }
            let eves = Enrollment(organizationID: world.org, educatorID: world.eve.id, microcredentialID: world.microcredential.id,
                                  versionID: world.version.id, startedAt: .fixture.plus(days: 1))
            try Self.change(store, world, world.eve.id) { $0.schoolID = north.id }
            #expect(try notStarted(northCoach) == ["Eve Stone"])
            try store.enrollments.enroll(eves)
            #expect(try notStarted(northCoach).isEmpty, "Eve has started")
            #expect(try names(northCoach) == ["Eve Stone"] && names(southCoach).isEmpty)
            #expect(try names(districtCoach) == ["Ana Lopez", "Eve Stone"])

            try Self.change(store, world, world.eve.id) { $0.schoolID = south.id }
            #expect(try names(northCoach).isEmpty && names(southCoach) == ["Eve Stone"], "Eve moved to South")
            try store.write { try store.members.setDisplayName("Abby Stone", for: world.eve.id, in: $0) }
            #expect(try names(districtCoach) == ["Abby Stone", "Ana Lopez"], "renamed, Eve comes first by her new name")
            try Self.change(store, world, world.eve.id) { try $0.deactivate() }
            #expect(try names(southCoach).isEmpty && names(districtCoach) == ["Ana Lopez"], "a deactivated educator is coached by nobody")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aCoachWhoIsAlsoAnEducatorOfTheSchoolIsNotInTheirOwnCohort(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let (north, _) = try Self.schools(store, world)
            for person in [world.ana, world.eve.id] { try Self.change(store, world, person) { $0.schoolID = north.id } }
            try Self.change(store, world, world.eve.id) { try $0.assign([.coach, .educator]) }
            try store.enrollments.enroll(Enrollment(organizationID: world.org, educatorID: world.eve.id, microcredentialID: world.microcredential.id,
                                                    versionID: world.version.id, startedAt: .fixture))
            let eve = try #require(try store.members.fetchMember(person: world.eve.id, organization: world.org)).membership
            let cohort = try store.enrollments.cohort(coachedBy: eve, at: .fixture.plus(days: 30), rows: 10, names: 10)
            #expect(cohort.rows.map(\.educatorName) == ["Ana Lopez"])
            #expect(cohort.total == 1 && cohort.stalled == 1, "Eve's own stalled enrollment is neither counted nor shown")
        }
    }

    @Test(arguments: TestDatabase.available)
    func workIsStalledOnlyWhenBothTheEducatorsActivityAndTheLatestDecisionAreOld(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let coach = Membership(organizationID: world.org, personID: world.cleo.id, roles: [.coach], createdAt: .fixture)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture.plus(days: 1))
            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture.plus(days: 20))
            try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("approaching"), in: world.org, at: .fixture.plus(days: 20))
            func cohort(daysLater days: Double) throws -> Cohort {
                try store.enrollments.cohort(coachedBy: coach, at: .fixture.plus(days: days), rows: 10, names: 10)
            }
            let quietSinceSubmitting = try cohort(daysLater: 30)
            #expect(quietSinceSubmitting.stalled == 0 && quietSinceSubmitting.rows.map(\.isStalled) == [false],
                    "submitted 29 days ago, but the *not yet* came 10 days ago")
            #expect(quietSinceSubmitting.rows.first?.lastActivity == .fixture.plus(days: 20))
            let quietSinceTheDecision = try cohort(daysLater: 35)
            #expect(quietSinceTheDecision.stalled == 1 && quietSinceTheDecision.rows.map(\.isStalled) == [true])
        }
    }

    @Test(arguments: TestDatabase.available)
    func enrollingWhileTheMembershipAndNameChangeLeavesTheCopiesRight(_ engine: TestDatabase) throws {
        try engine.withStore { (store: Store) throws in
            let world = try EarningWorld(store: store)
            let (north, _) = try Self.schools(store, world)
            let people = (0..<12).map { Person(email: try! EmailAddress("teacher\($0)@riverbend.example"), displayName: "Teacher \($0)",
                                               createdAt: .fixture) }
            try store.write { tx in
                for person in people {
                    try store.members.createPerson(person, in: tx)
                    try store.members.addMembership(Membership(organizationID: world.org, personID: person.id, roles: [.educator],
                                                               createdAt: .fixture), in: tx)
                }
            }
            let (org, microcredential, version) = (world.org, world.microcredential.id, world.version.id)
            let failures = Mutex<[String]>([])
            // One thread enrolls each teacher while the other moves them to North and renames them.
            DispatchQueue.concurrentPerform(iterations: 2) { side in
                for person in people {
                    do {
                        if side == 0 {
                            try store.enrollments.enroll(Enrollment(organizationID: org, educatorID: person.id, microcredentialID: microcredential,
                                                                    versionID: version, startedAt: .fixture))
                        } else {
                            let member = try #require(try store.members.fetchMember(person: person.id, organization: org))
                            try store.members.changeMembership(member.id, in: org) { membership, _ in membership.schoolID = north.id }
                            try store.write { try store.members.setDisplayName(person.displayName + " Moved", for: person.id, in: $0) }
                        }
                    } catch { failures.withLock { $0.append("\(error)") } }
                }
            }
            #expect(failures.withLock { $0 }.isEmpty)
            let enrollments = try store.database.read { tx in
                try tx.query("SELECT id, educator_id FROM enrollments WHERE organization_id = \(org) AND educator_id <> \(world.ana)")
                    .map { (try $0.get("id", as: Enrollment.ID.self), try $0.get("educator_id", as: Person.ID.self)) }
            }
            #expect(enrollments.count == people.count)
            for (id, educator) in enrollments {
                let kept = try Self.kept(store, id)
                #expect(kept == (try Self.expected(store, world, educator)))
                #expect(kept.school == north.id && kept.name.hasSuffix(" Moved"))
            }
            let sizes = try Self.schoolSizes(store, world)
            #expect(sizes.kept == sizes.counted && sizes.kept[north.id] == people.count, "North keeps every teacher's enrollment once")
        }
    }
}
