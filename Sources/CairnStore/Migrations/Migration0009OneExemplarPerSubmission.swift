/// A submission is an exemplar at most once (exemplars written by hand, without a submission, are not limited).
enum Migration0009OneExemplarPerSubmission {
    static let migration = Migration(9, "one exemplar per submission", [
        "CREATE UNIQUE INDEX exemplars_one_per_submission ON exemplars (submission_id)",
    ])
}
