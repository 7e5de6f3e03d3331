import Foundation

/// Why an observation with warnings cannot be saved yet: the written reason is missing or too short.
public enum ValidationOverrideError: UserFacingError, Equatable {
    /// Warnings exist and no reason was given.
    case reasonRequired(issueCount: Int)
    /// The reason has fewer characters than required.
    case reasonTooShort(minimum: Int)

    public var userMessage: String {
        switch self {
        case .reasonRequired(let n): "本条数据有\(n)项提示，如确认无误，请填写说明原因后再保存"
        case .reasonTooShort(let minimum): "说明原因过短，请至少填写\(minimum)个字"
        }
    }

    public var description: String {
        switch self {
        case .reasonRequired(let n): "override reason required for \(n) validation issue(s)"
        case .reasonTooShort(let minimum): "override reason shorter than \(minimum) characters"
        }
    }
}

/// The result of validating one observation: its issues, and whether (and with what reason) it may be saved.
public struct ValidationOutcome: Sendable, Hashable, Codable {
    /// Characters (after trimming spaces) a written reason needs.
    public static let minimumReasonLength = 4

    public var issues: [ValidationIssue]

    public init(issues: [ValidationIssue]) { self.issues = issues }

    /// No issues: save without a reason.
    public var isClean: Bool { issues.isEmpty }

    /// Saving needs a written reason (every issue is a warning that a reason overrides).
    public var requiresOverrideReason: Bool { !issues.isEmpty }

    /// The issues to show next to one field.
    public func issues(for field: ObservationField) -> [ValidationIssue] { issues.filter { $0.field == field } }

    /// Checks a reason: returns the trimmed reason to store, nil when none is needed (a reason given for a
    /// clean observation is dropped); throws when one is needed and missing or shorter than 4 characters.
    public func acceptedReason(_ reason: String?) throws(ValidationOverrideError) -> String? {
        guard requiresOverrideReason else { return nil }
        let trimmed = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .reasonRequired(issueCount: issues.count) }
        guard trimmed.count >= Self.minimumReasonLength else {
            throw .reasonTooShort(minimum: Self.minimumReasonLength)
        }
        return trimmed
    }

    /// The observation ready to save, with `overrideReason` set from `reason` (or cleared when clean).
    public func accept(_ observation: Observation, reason: String?) throws(ValidationOverrideError) -> Observation {
        var accepted = observation
        accepted.overrideReason = try acceptedReason(reason)
        return accepted
    }
}
