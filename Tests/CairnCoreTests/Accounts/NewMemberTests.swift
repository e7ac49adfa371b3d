import CairnCore
import Testing

/// The one rule set for adding a person, and the rule for a school's name.
@Suite struct NewMemberTests {
    @Test func aGoodPersonIsTrimmedAndTheirRolesReadInAnyCase() throws {
        let person = try NewMember.check(email: " Ada@School.org ", name: "  Ada Quill ", roleNames: ["Assessor", " coach "]).get()
        #expect(person.email.rawValue == "ada@school.org" && person.name == "Ada Quill" && person.roles == [.assessor, .coach])
    }

    @Test func everyProblemIsNamedAtOnceInTheOrderOfTheForm() {
        let result = NewMember.check(email: "nope", name: String(repeating: "x", count: PersonName.maximumLength + 1),
                                     roleNames: ["wizard"])
        #expect(result == .failure(NewMemberRefusal(problems: [.email("nope", .missingAt), .name(.tooLong(maximum: 120)),
                                                               .unknownRole("wizard")])))
        #expect(NewMember.check(email: "a@b.org", name: "A", roleNames: []) == .failure(NewMemberRefusal(problems: [.noRoles])))
    }

    @Test func eachProblemBelongsBesideItsField() {
        #expect(NewMemberProblem.email("x", .missingAt).field == "email")
        #expect(NewMemberProblem.name(.empty).field == "name")
        #expect(NewMemberProblem.unknownRole("x").field == "roles" && NewMemberProblem.noRoles.field == "roles")
        #expect(NewMemberProblem.unknownSchool.field == "school")
        #expect(NewMemberProblem.noRoles.message == "Choose at least one role.")
    }

    @Test func aSchoolsNameIsTrimmedNotEmptyAndAtMost160Characters() {
        #expect(SchoolName.check("  Hill School ") == .success("Hill School"))
        #expect(SchoolName.check(" ") == .failure(.empty))
        #expect(SchoolName.check(String(repeating: "s", count: 161)) == .failure(.tooLong(maximum: 160)))
        #expect(SchoolNameError.taken("Hill").message == "There is already a school named 'Hill'.")
    }
}
