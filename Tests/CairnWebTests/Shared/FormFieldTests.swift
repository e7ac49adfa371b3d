import CairnHTML
import Testing
@testable import CairnWeb

@Suite struct FormFieldTests {
    @Test func textFieldWithAnErrorIsInvalidAndDescribedByItsHintAndError() {
        let html = TextField(label: "Email address", name: "email", value: "ana@", kind: .email,
                             hint: "The one you sign in with.", error: "Enter an email address like name@school.org.").render()
        #expect(html == """
            <div class="field field--error"><label for="email" class="field__label">Email address</label>\
            <p class="hint" id="email-hint">The one you sign in with.</p>\
            <p class="field-error" id="email-error"><span class="visually-hidden">Error: </span>Enter an email address like name@school.org.</p>\
            <input id="email" name="email" type="email" class="input" value="ana@" \
            aria-describedby="email-hint email-error" aria-invalid="true" spellcheck="false"></div>
            """)
    }

    @Test func textFieldWithoutAnErrorIsNotInvalid() {
        let html = TextField(label: "School name", name: "name", value: "Cedar Hill").render()
        #expect(html == #"<div class="field"><label for="name" class="field__label">School name</label><input id="name" name="name" type="text" class="input" value="Cedar Hill"></div>"#)
    }

    @Test func fieldIdsReplaceUnderscoresWithHyphens() {
        let html = TextField(label: "Your name", name: "display_name", error: "Enter your name.").render()
        #expect(html.contains(#"<label for="display-name""#))
        #expect(html.contains(#"id="display-name" name="display_name""#))
        #expect(html.contains(#"aria-describedby="display-name-error""#))
        #expect(html.contains(#"<p class="field-error" id="display-name-error">"#))
    }

    @Test func keptInputIsEscapedInTheValueAttribute() {
        let html = TextField(label: "Name", name: "display_name", value: #""><script>alert(1)</script>"#).render()
        #expect(html.contains(#"value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;""#))
        #expect(!html.contains("<script>"))
    }

    @Test func passwordFieldNeverEchoesWhatWasTyped() {
        let html = TextField(label: "Password", name: "password", value: "hunter2hunter2", kind: .password).render()
        #expect(!html.contains("hunter2"))
        #expect(html.contains(#"type="password""#))
    }

    @Test func checkboxGroupIsAFieldsetWithLegendAndKeepsTheChecked() {
        let html = CheckboxGroup(legend: "Roles", name: "roles",
                                 choices: [Choice(value: "admin", label: "Organization admin"),
                                           Choice(value: "coach", label: "Coach")],
                                 selected: ["coach"], error: "Choose at least one role.").render()
        #expect(html == """
            <div class="field field--error"><fieldset class="fieldset" aria-describedby="roles-error">\
            <legend class="fieldset__legend">Roles</legend>\
            <p class="field-error" id="roles-error"><span class="visually-hidden">Error: </span>Choose at least one role.</p>\
            <div class="checkboxes">\
            <div class="checkbox"><input id="roles" name="roles" type="checkbox" value="admin">\
            <label for="roles" class="checkbox__label">Organization admin</label></div>\
            <div class="checkbox"><input id="roles-coach" name="roles" type="checkbox" value="coach" checked>\
            <label for="roles-coach" class="checkbox__label">Coach</label></div>\
            </div></fieldset></div>
            """)
    }

    @Test func selectKeepsTheChosenOption() {
        let html = SelectField(label: "School", name: "school",
                               choices: [Choice(value: "s-1", label: "Cedar Hill"), Choice(value: "s-2", label: "Oak & Pine")],
                               selected: "s-2", emptyChoice: "No school").render()
        #expect(html.contains(#"<option value="">No school</option>"#))
        #expect(html.contains(#"<option value="s-1">Cedar Hill</option>"#))
        #expect(html.contains(#"<option value="s-2" selected>Oak &amp; Pine</option>"#))
    }

    @Test func errorSummaryLinksEachMessageToItsField() {
        var errors = FormErrors(formMessage: "Please check the form.")
        errors.add("Enter an email address.", for: "email")
        errors.add("Choose at least one role.", for: "roles")
        let html = ErrorSummary(errors).render()
        #expect(html == """
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">\
            <h2 id="error-summary-title" class="error-summary__title">There is a problem</h2>\
            <p>Please check the form.</p><ul class="error-summary__list">\
            <li><a href="#email">Enter an email address.</a></li>\
            <li><a href="#roles">Choose at least one role.</a></li></ul></div>
            """)
    }

    @Test func errorSummaryIsEmptyWithoutErrors() {
        #expect(ErrorSummary(FormErrors()).render() == "")
    }

    @Test func postFormPutsTheCSRFFieldFirst() {
        let html = PostForm(action: "/admin/schools", csrfToken: #"t"ok&en"#) { SubmitButton("Add school") }.render()
        #expect(html == #"<form method="post" action="/admin/schools" novalidate><input type="hidden" name="_csrf" value="t&quot;ok&amp;en"><button type="submit" class="button button--primary">Add school</button></form>"#)
    }

    @Test func buttonLinkAddsItsOwnClassAfterItsStyles() {
        #expect(ButtonLink("Continue review", to: "/review/1", class: "queue-continue").render()
                == #"<a class="button button--primary queue-continue" href="/review/1">Continue review</a>"#)
        #expect(ButtonLink("Invite a member", to: "/admin/invitations?a=1&b=2", style: .secondary).render()
                == #"<a class="button button--secondary" href="/admin/invitations?a=1&amp;b=2">Invite a member</a>"#)
    }

    @Test func multipartFormDeclaresItsEncoding() {
        let html = PostForm(action: "/admin/members/import", csrfToken: "t", multipart: true) {}.render()
        #expect(html.hasPrefix(#"<form method="post" action="/admin/members/import" enctype="multipart/form-data" novalidate>"#))
    }

    @Test func dataTableCellsCarryTheirColumnsHeaderForNarrowScreensButAHiddenHeaderLabelsNothing() {
        let html = DataTable(id: "schools", caption: "Schools",
                             columns: [.init("School", rowHeader: true) { (row: SchoolRow) in row.name },
                                       .init("Members \"now\"") { row in "\(row.memberCount)" },
                                       .init("Actions", hideHeader: true) { _ in "Edit" }],
                             rows: [SchoolRow(name: "Oak", memberCount: 3)], emptyMessage: "None").render()
        #expect(html.contains(#"<table id="schools" class="table table--stacking">"#))
        #expect(html.contains(#"<th scope="row" data-label="School">Oak</th>"#))
        #expect(html.contains(#"<td class="table__cell" data-label="Members &quot;now&quot;">3</td>"#), "the label is escaped")
        #expect(html.contains(#"<td class="table__cell">Edit</td>"#))
    }

    @Test func dataTableScrollsInsideALabelledFocusableRegion() {
        let html = DataTable(id: "schools", caption: "Schools",
                             columns: [.init("School", rowHeader: true) { (row: SchoolRow) in row.name },
                                       .init("Members") { row in "\(row.memberCount)" }],
                             rows: [SchoolRow(name: "Oak & Pine", memberCount: 3)], emptyMessage: "None").render()
        #expect(html == """
            <div class="table-wrap" role="region" aria-labelledby="schools-caption" tabindex="0">\
            <table id="schools" class="table table--stacking"><caption id="schools-caption">Schools</caption>\
            <thead><tr><th scope="col">School</th><th scope="col">Members</th></tr></thead>\
            <tbody><tr><th scope="row" data-label="School">Oak &amp; Pine</th><td class="table__cell" data-label="Members">3</td></tr></tbody></table></div>
            """)
    }

    @Test func dataTableWithoutRowsShowsItsEmptyMessage() {
        let html = DataTable(id: "schools", caption: "Schools",
                             columns: [.init("School") { (row: SchoolRow) in row.name }],
                             rows: [], emptyMessage: "No schools yet.").render()
        #expect(html == #"<p class="empty-state">No schools yet.</p>"#)
    }
}
