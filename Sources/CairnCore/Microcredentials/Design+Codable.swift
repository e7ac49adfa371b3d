/// A design as JSON: keys are the property names; `image` and `validityMonths` are left out when
/// nil, and `attachments` when empty, so a design without files reads and writes as before they existed.
extension Design: Codable {
    enum CodingKeys: String, CodingKey {
        case title, summary, competency, keyMethod, methodComponents, research, resources, links, subjects, gradeBands
        case estimatedHours, creditHours, image, validityMonths, objectives, parts, rubric, attachments
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(title: try container.decode(String.self, forKey: .title),
                  summary: try container.decode(String.self, forKey: .summary),
                  competency: try container.decode(String.self, forKey: .competency),
                  keyMethod: try container.decode(String.self, forKey: .keyMethod),
                  methodComponents: try container.decode([String].self, forKey: .methodComponents),
                  research: try container.decode(String.self, forKey: .research),
                  resources: try container.decode(String.self, forKey: .resources),
                  links: try container.decode([ResourceLink].self, forKey: .links),
                  subjects: try container.decode([String].self, forKey: .subjects),
                  gradeBands: try container.decode([GradeBand].self, forKey: .gradeBands),
                  estimatedHours: try container.decode(Double.self, forKey: .estimatedHours),
                  creditHours: try container.decode(Double.self, forKey: .creditHours),
                  image: try container.decodeIfPresent(DesignImage.self, forKey: .image),
                  validityMonths: try container.decodeIfPresent(Int.self, forKey: .validityMonths),
                  objectives: try container.decode([LearningObjective].self, forKey: .objectives),
                  parts: try container.decode([RequirementPart].self, forKey: .parts),
                  rubric: try container.decode(Rubric.self, forKey: .rubric),
                  attachments: try container.decodeIfPresent([Attachment].self, forKey: .attachments) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        try container.encode(competency, forKey: .competency)
        try container.encode(keyMethod, forKey: .keyMethod)
        try container.encode(methodComponents, forKey: .methodComponents)
        try container.encode(research, forKey: .research)
        try container.encode(resources, forKey: .resources)
        try container.encode(links, forKey: .links)
        try container.encode(subjects, forKey: .subjects)
        try container.encode(gradeBands, forKey: .gradeBands)
        try container.encode(estimatedHours, forKey: .estimatedHours)
        try container.encode(creditHours, forKey: .creditHours)
        try container.encodeIfPresent(image, forKey: .image)
        try container.encodeIfPresent(validityMonths, forKey: .validityMonths)
        try container.encode(objectives, forKey: .objectives)
        try container.encode(parts, forKey: .parts)
        try container.encode(rubric, forKey: .rubric)
        if !attachments.isEmpty { try container.encode(attachments, forKey: .attachments) }
    }
}
