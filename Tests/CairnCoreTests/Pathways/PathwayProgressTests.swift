import Foundation
import Testing
@testable import CairnCore

@Suite struct PathwayProgressTests {
    // MARK: All of

    @Test func allOfIsSatisfiedByTheLastOfItsComponentsAndCompletesThenWithEveryAward() {
        let pathway = Pathway.fixture([.group(.allOf, .questioning, .waitTime, .discourse)])
        let awards = [earned(.discourse, day: 3, hours: 2), earned(.questioning, day: 1, hours: 1.5), earned(.waitTime, day: 7, hours: 1)]
        let progress = PathwayProgress(pathway: pathway, awards: awards)
        #expect(progress.isComplete)
        #expect(progress.completedAt == .fixture.plus(days: 7))
        #expect(progress.completingAward == awards[2])
        #expect(progress.countedAwards.map(\.microcredentialID) == [.questioning, .waitTime, .discourse], "in the pathway's order")
        #expect(progress.creditHours == 4.5)
        #expect(progress.groups[0].satisfiedAt == .fixture.plus(days: 7))
        #expect(progress.countedCount == 3 && progress.requiredCount == 3)
    }

    @Test func allOfWithOneMissingIsNotSatisfiedButCountsWhatIsMet() {
        let pathway = Pathway.fixture([.group(.allOf, .questioning, .waitTime, .discourse)])
        let progress = PathwayProgress(pathway: pathway, awards: [earned(.questioning, day: 1, hours: 1.5), earned(.discourse, day: 2)])
        #expect(!progress.isComplete && progress.completedAt == nil && progress.completingAward == nil)
        #expect(progress.groups[0].components.map(\.isMet) == [true, false, true])
        #expect(progress.groups[0].metCount == 2 && !progress.groups[0].isSatisfied)
        #expect(progress.countedCount == 2 && progress.creditHours == 2.5)
    }

    // MARK: N of

    @Test func twoOfFourCountsTheTwoEarnedFirstAndIgnoresTheThird() {
        let pathway = Pathway.fixture([.group(.nOf(2), .questioning, .waitTime, .discourse, .exitTickets)])
        let awards = [earned(.exitTickets, day: 2, hours: 3), earned(.questioning, day: 5, hours: 1), earned(.discourse, day: 9, hours: 10)]
        let progress = PathwayProgress(pathway: pathway, awards: awards)
        #expect(progress.isComplete)
        #expect(progress.completedAt == .fixture.plus(days: 5), "the second award completed it; the third came after")
        #expect(progress.countedAwards.map(\.microcredentialID) == [.questioning, .exitTickets])
        #expect(progress.creditHours == 4, "the two earliest, not the two with the most hours")
        let discourse = progress.groups[0].components[2]
        #expect(discourse.isMet && !discourse.isCounted)
        #expect(progress.groups[0].metCount == 3 && progress.countedCount == 2)
    }

    @Test func nOfIsNotSatisfiedWithFewerThanN() {
        let pathway = Pathway.fixture([.group(.nOf(3), .questioning, .waitTime, .discourse, .exitTickets)])
        let progress = PathwayProgress(pathway: pathway, awards: [earned(.questioning, day: 1), earned(.discourse, day: 2)])
        #expect(!progress.isComplete)
        #expect(progress.groups[0].metCount == 2 && progress.groups[0].requiredCount == 3)
        #expect(progress.countedCount == 2 && progress.requiredCount == 3)
    }

    @Test func awardsDecidedAtTheSameMomentAreCountedInTheGroupsOrder() {
        let pathway = Pathway.fixture([.group(.nOf(1), .questioning, .waitTime, .discourse)])
        let progress = PathwayProgress(pathway: pathway, awards: [earned(.discourse, day: 1), earned(.waitTime, day: 1)])
        #expect(progress.countedAwards.map(\.microcredentialID) == [.waitTime])
    }

    // MARK: One of

    @Test func oneOfIsSatisfiedByTheFirstAwardAndLaterOnesDoNotCount() {
        let pathway = Pathway.fixture([.group(.oneOf, .questioning, .waitTime)])
        let progress = PathwayProgress(pathway: pathway, awards: [earned(.waitTime, day: 4, hours: 2), earned(.questioning, day: 6, hours: 5)])
        #expect(progress.isComplete && progress.completedAt == .fixture.plus(days: 4))
        #expect(progress.countedAwards.map(\.microcredentialID) == [.waitTime])
        #expect(progress.creditHours == 2)
    }

    @Test func oneOfWithNothingEarnedIsNotSatisfied() {
        let progress = PathwayProgress(pathway: .fixture([.group(.oneOf, .questioning, .waitTime)]), awards: [earned(.feedback, day: 1)])
        #expect(!progress.isComplete && progress.countedAwards.isEmpty && progress.creditHours == 0)
    }

    // MARK: Versions pinned

    @Test func anAwardOfAVersionBelowThePinDoesNotCount() {
        let pathway = Pathway.fixture([PathwayGroup(rule: .allOf, components: [PathwayComponent(.questioning, versions: .from(2))])])
        let old = PathwayProgress(pathway: pathway, awards: [earned(.questioning, version: 1, day: 1)])
        #expect(!old.isComplete && !old.groups[0].components[0].isMet)
        let current = PathwayProgress(pathway: pathway, awards: [earned(.questioning, version: 1, day: 1), earned(.questioning, version: 3, day: 8)])
        #expect(current.isComplete && current.completedAt == .fixture.plus(days: 8))
        #expect(current.countedAwards.map(\.versionNumber) == [3])
    }

    @Test func onlyTheVersionsInThePinsSetCount() {
        let pathway = Pathway.fixture([PathwayGroup(rule: .oneOf, components: [PathwayComponent(.questioning, versions: .only([1, 3])),
                                                                            PathwayComponent(.waitTime, versions: .only([2]))])])
        let progress = PathwayProgress(pathway: pathway, awards: [earned(.questioning, version: 2, day: 1), earned(.waitTime, version: 1, day: 2)])
        #expect(!progress.isComplete)
        let laterOne = PathwayProgress(pathway: pathway, awards: [earned(.questioning, version: 2, day: 1), earned(.questioning, version: 3, day: 5)])
        #expect(laterOne.isComplete && laterOne.countedAwards.map(\.versionNumber) == [3])
    }

    @Test func withoutAPinAnyVersionCountsAndTheEarliestAwardIsTheOneCounted() {
        let pathway = Pathway.fixture([.group(.allOf, .questioning)])
        let progress = PathwayProgress(pathway: pathway, awards: [earned(.questioning, version: 2, day: 9, hours: 3),
                                                                  earned(.questioning, version: 1, day: 2, hours: 1)])
        #expect(progress.countedAwards.map(\.versionNumber) == [1])
        #expect(progress.creditHours == 1, "the hours of the version awarded")
    }

    // MARK: Groups together

    @Test func aPathwayIsCompleteWhenEveryGroupIsAndWhenItsLastGroupWas() {
        let pathway = Pathway.fixture([.group(.allOf, .questioning, .waitTime), .group(.oneOf, .discourse, .exitTickets)])
        let awards = [earned(.exitTickets, day: 10, hours: 2), earned(.questioning, day: 1), earned(.waitTime, day: 3)]
        let progress = PathwayProgress(pathway: pathway, awards: awards)
        #expect(progress.groups.map(\.satisfiedAt) == [.fixture.plus(days: 3), .fixture.plus(days: 10)])
        #expect(progress.isComplete && progress.completingAward?.microcredentialID == .exitTickets)
        #expect(progress.countedAwards.map(\.microcredentialID) == [.questioning, .waitTime, .exitTickets])
        #expect(progress.creditHours == 4)
        let halfway = PathwayProgress(pathway: pathway, awards: Array(awards.dropFirst()))
        #expect(!halfway.isComplete && halfway.groups.map(\.isSatisfied) == [true, false])
        #expect(halfway.countedCount == 2 && halfway.requiredCount == 3)
    }

    @Test func awardsOfOtherMicrocredentialsAreIgnored() {
        let progress = PathwayProgress(pathway: .fixture([.group(.allOf, .questioning)]),
                                       awards: [earned(.feedback, day: 1, hours: 9), earned(.questioning, day: 2, hours: 1)])
        #expect(progress.countedAwards.map(\.microcredentialID) == [.questioning] && progress.creditHours == 1)
    }

    @Test func aPathwayWithoutGroupsOrWithAnEmptyGroupIsNeverComplete() {
        #expect(!PathwayProgress(pathway: .fixture([]), awards: [earned(.questioning, day: 1)]).isComplete)
        #expect(!PathwayProgress(pathway: .fixture([PathwayGroup(rule: .allOf, components: [])]), awards: []).isComplete)
    }

    // MARK: Order

    @Test func theNextStepOfAnOrderedPathwayIsTheFirstUnmetComponentOfTheFirstUnsatisfiedGroup() {
        let pathway = Pathway.fixture([.group(.allOf, .questioning, .waitTime), .group(.oneOf, .discourse, .exitTickets)], ordered: true)
        #expect(PathwayProgress(pathway: pathway, awards: []).nextStep?.microcredentialID == .questioning)
        #expect(PathwayProgress(pathway: pathway, awards: [earned(.questioning, day: 1)]).nextStep?.microcredentialID == .waitTime)
        let firstGroupDone = [earned(.questioning, day: 1), earned(.waitTime, day: 2)]
        #expect(PathwayProgress(pathway: pathway, awards: firstGroupDone).nextStep?.microcredentialID == .discourse)
        #expect(PathwayProgress(pathway: pathway, awards: firstGroupDone + [earned(.exitTickets, day: 3)]).nextStep == nil, "complete")
    }

    @Test func anAwardEarnedOutOfOrderStillCountsAndTheNextStepSkipsIt() {
        let pathway = Pathway.fixture([.group(.allOf, .questioning, .waitTime, .discourse)], ordered: true)
        let progress = PathwayProgress(pathway: pathway, awards: [earned(.discourse, day: 1)])
        #expect(progress.countedAwards.map(\.microcredentialID) == [.discourse])
        #expect(progress.nextStep?.microcredentialID == .questioning)
        let skipping = PathwayProgress(pathway: pathway, awards: [earned(.questioning, day: 1), earned(.discourse, day: 2)])
        #expect(skipping.nextStep?.microcredentialID == .waitTime)
    }

    @Test func anUnorderedPathwayHasNoNextStep() {
        #expect(PathwayProgress(pathway: .fixture([.group(.allOf, .questioning)]), awards: []).nextStep == nil)
    }
}
