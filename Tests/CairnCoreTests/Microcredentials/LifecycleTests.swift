import Foundation
import Testing
@testable import CairnCore

/// A move between two states, for enumerating every pair.
struct Move: Sendable, CustomTestStringConvertible {
    let from: LifecycleState
    let to: LifecycleState
    var testDescription: String { "\(from.rawValue) → \(to.rawValue)" }

    static let legal: [Move] = [Move(from: .draft, to: .pilot), Move(from: .draft, to: .published),
                                Move(from: .pilot, to: .published), Move(from: .pilot, to: .retired),
                                Move(from: .published, to: .retired)]
    static let all: [Move] = LifecycleState.allCases.flatMap { from in LifecycleState.allCases.map { Move(from: from, to: $0) } }
    static let illegal: [Move] = all.filter { move in !legal.contains { $0.from == move.from && $0.to == move.to } }
}

@Suite struct LifecycleTests {
    let microcredentialID = Microcredential.ID.generate()

    func version(_ state: LifecycleState, design: Design = .wellFormed) -> MicrocredentialVersion {
        MicrocredentialVersion(microcredentialID: microcredentialID, number: 1, state: state, design: design, createdAt: .fixture)
    }

    @Test func thereAreFiveLegalMovesAndElevenIllegalOnes() {
        #expect(Move.all.count == 16)
        #expect(Move.illegal.count == 11)
        #expect(Move.all.filter { $0.from.canMove(to: $0.to) }.map(\.testDescription) == Move.legal.map(\.testDescription))
    }

    @Test(arguments: Move.legal)
    func aLegalMoveChangesTheStateAndStampsItsTime(_ move: Move) throws {
        var v = version(move.from)
        let now = Date.fixture.plus(days: 3)
        try v.transition(to: move.to, at: now, check: DesignChecker.check(v.design))
        #expect(v.state == move.to)
        switch move.to {
        case .pilot: #expect(v.pilotStartedAt == now && v.publishedAt == nil && v.retiredAt == nil)
        case .published: #expect(v.publishedAt == now && v.retiredAt == nil)
        case .retired: #expect(v.retiredAt == now && v.publishedAt == nil)
        case .draft: Issue.record("no legal move leads to draft")
        }
    }

    @Test(arguments: Move.illegal)
    func anIllegalMoveIsRefusedAndChangesNothing(_ move: Move) {
        var v = version(move.from)
        let before = v
        #expect(throws: LifecycleError.illegalTransition(from: move.from, to: move.to)) {
            try v.transition(to: move.to, at: .fixture, check: .clean)
        }
        #expect(v == before)
    }

    @Test(arguments: [Move(from: .draft, to: .pilot), Move(from: .draft, to: .published), Move(from: .pilot, to: .published)])
    func pilotingAndPublishingAreRefusedWhileTheCheckerReportsErrors(_ move: Move) {
        var design = Design.wellFormed
        design.title = ""
        design.image?.alt = ""
        var v = version(move.from, design: design)
        let check = DesignChecker.check(design)
        #expect(check.errors.count == 2)
        #expect(throws: LifecycleError.designHasErrors(count: 2)) { try v.transition(to: move.to, at: .fixture, check: check) }
        #expect(v.state == move.from)
    }

    @Test func warningsDoNotBlockPublishingAndErrorsDoNotBlockRetiring() throws {
        var design = Design.wellFormed
        design.summary = ""
        var draft = version(.draft, design: design)
        try draft.transition(to: .published, at: .fixture, check: DesignChecker.check(design))
        #expect(draft.state == .published)
        var pilot = version(.pilot)
        try pilot.transition(to: .retired, at: .fixture, check: DesignCheck(errors: [DesignFinding(.titleEmpty, "", field: "title")]))
        #expect(pilot.state == .retired)
    }

    @Test func onlyADraftCanBeEdited() throws {
        var draft = version(.draft)
        try draft.edit { $0.title = "Checks for Understanding, K–5" }
        #expect(draft.design.title == "Checks for Understanding, K–5")
        for state in [LifecycleState.pilot, .published, .retired] {
            var v = version(state)
            #expect(throws: LifecycleError.notADraft(state)) { try v.edit { $0.title = "Changed" } }
            #expect(v.design == .wellFormed)
            #expect(!v.isEditable)
        }
    }

    @Test func theNextDraftCopiesTheDesignWithTheNextNumberAndANote() throws {
        let published = version(.published)
        let next = try published.nextDraft(changeNote: "  Clearer reflection prompt. ", at: Date.fixture.plus(days: 9))
        #expect(next.number == 2 && next.state == .draft && next.design == published.design)
        #expect(next.changeNote == "Clearer reflection prompt." && next.createdAt == Date.fixture.plus(days: 9))
        #expect(next.microcredentialID == published.microcredentialID && next.id != published.id)
        #expect(next.publishedAt == nil && next.pilotStartedAt == nil)
        #expect(try version(.pilot).nextDraft(changeNote: "  ", at: .fixture).changeNote == nil)
        #expect(throws: LifecycleError.cannotReviseADraft) { try version(.draft).nextDraft(changeNote: "x", at: .fixture) }
    }

    @Test(arguments: [("Checks for Understanding", "checks-for-understanding"),
                      ("Academic Discourse: Talk Moves (K–2)", "academic-discourse-talk-moves-k-2"),
                      ("Éducation   bilingüe", "education-bilingue"), ("!!", "microcredential"), ("A", "microcredential")])
    func slugsAreSuggestedFromTitles(_ title: String, _ slug: String) {
        #expect(Microcredential.suggestedSlug(for: title) == slug)
        #expect(Microcredential.isValidSlug(Microcredential.suggestedSlug(for: title)))
    }

    @Test func aSuggestedSlugStaysWithin63Characters() {
        let slug = Microcredential.suggestedSlug(for: String(repeating: "differentiated ", count: 10))
        #expect(slug.count <= 63 && Microcredential.isValidSlug(slug) && slug.hasPrefix("differentiated-differentiated"))
    }
}
