import Foundation
import TaizhangCore
import TaizhangStore

/// Loads, checks and saves one org unit's month of figures. Checking uses Core's `ObservationValidator`; saving
/// is all-or-nothing and needs a written reason for every row with warnings (stored as `overrideReason`).
struct MonthEntryService: Sendable {
    let database: TaizhangDatabase
    let orgUnits: OrgUnitService
    let indicators: IndicatorService
    var validator = ObservationValidator()

    /// The form: every catalogue indicator with this month's, last month's and last year's figures.
    func form(unit: OrgUnit, month: YearMonth) async throws -> EntryForm {
        let catalogue = try await indicators.catalogue()
        let neighbours = try await neighbourhood(unit: unit, month: month)
        let rows = catalogue.indicators.map { indicator in
            let current = neighbours.current[indicator.code]
            let previous = neighbours.previous[indicator.code]
            let lastYear = neighbours.lastYear[indicator.code]
            return EntryRow(
                indicator: IndicatorSummary(indicator), monthly: current?.monthly, cumulative: current?.cumulative,
                priorCumulative: current?.priorCumulative, publishedGrowth: current?.publishedGrowth,
                note: current?.note, overrideReason: current?.overrideReason, status: current?.status.rawValue,
                previousMonthMonthly: previous?.monthly, previousMonthCumulative: previous?.cumulative,
                lastYearMonthly: lastYear?.monthly, lastYearCumulative: lastYear?.cumulative)
        }
        return EntryForm(
            orgUnit: OrgUnitSummary(unit), month: month.description, periodName: month.chineseName, rows: rows)
    }

    /// The fingerprint of the unit's month as stored now, for the entry form to carry.
    func fingerprint(unit: OrgUnit, month: YearMonth) async throws -> String {
        ObservationAudit.fingerprint(try await database.observations.month(orgUnitID: unit.id, month: month))
    }

    /// Checks the submitted rows without saving.
    func check(unit: OrgUnit, month: YearMonth, inputs: [ObservationInput]) async throws -> EntryCheck {
        let prepared = try await prepare(unit: unit, month: month, inputs: inputs, requireReasons: false)
        return EntryCheck(problems: prepared.problems, savedCount: 0, isSaved: false)
    }

    /// Saves the submitted rows in one transaction, or nothing when any row has an error or a warning without
    /// an acceptable reason.
    /// `actor` is recorded in the audit trail; `loadedFingerprint` (the form's) refuses a concurrent overwrite.
    func save(
        unit: OrgUnit, month: YearMonth, inputs: [ObservationInput], actor: AuditActor,
        loadedFingerprint: String? = nil
    ) async throws -> EntryCheck {
        let prepared = try await prepare(unit: unit, month: month, inputs: inputs, requireReasons: true)
        guard !prepared.problems.contains(where: { $0.severity == "error" }) else {
            return EntryCheck(problems: prepared.problems, savedCount: 0, isSaved: false)
        }
        // The lock check, the concurrency check, the write and its audit entries share one transaction.
        let written = try await ObservationAudit.write(
            prepared.observations, indicators: prepared.indicators, database: database, actor: actor,
            expectedFingerprints: loadedFingerprint.map { [PeriodKey(orgUnitID: unit.id, month: month): $0] } ?? [:])
        return EntryCheck(problems: prepared.problems, savedCount: written, isSaved: true)
    }

    private struct Neighbourhood {
        var current: [String: Observation] = [:]
        var previous: [String: Observation] = [:]
        var lastYear: [String: Observation] = [:]
    }

    private func neighbourhood(unit: OrgUnit, month: YearMonth) async throws -> Neighbourhood {
        let lastYearMonth = month.sameMonthLastYear
        let observations = try await database.observations.list(
            orgUnitIDs: [unit.id], from: lastYearMonth, through: month)
        var result = Neighbourhood()
        for observation in observations {
            switch observation.month {
            case month: result.current[observation.indicatorCode] = observation
            case month.previous: result.previous[observation.indicatorCode] = observation
            case lastYearMonth: result.lastYear[observation.indicatorCode] = observation
            default: continue
            }
        }
        return result
    }

    private struct Prepared {
        var observations: [Observation] = []
        var problems: [APIProblem] = []
        var indicators: [String: Indicator] = [:]
    }

    private func prepare(
        unit: OrgUnit, month: YearMonth, inputs: [ObservationInput], requireReasons: Bool
    )
        async throws -> Prepared
    {
        let catalogue = try await indicators.catalogue()
        let neighbours = try await neighbourhood(unit: unit, month: month)
        var prepared = Prepared()
        for input in inputs where !input.isEmpty {
            guard let indicator = catalogue.indicator(code: input.indicatorCode) else {
                prepared.problems.append(
                    APIProblem(
                        message: "指标“\(input.indicatorCode)”不在指标目录中。", field: "indicatorCode",
                        indicatorCode: input.indicatorCode, code: "unknown_indicator"))
                continue
            }
            prepared.indicators[indicator.code] = indicator
            let observation = Observation(
                indicatorCode: indicator.code, orgUnitID: unit.id, month: month, monthly: input.monthly,
                cumulative: input.cumulative, priorCumulative: input.priorCumulative,
                publishedGrowth: input.publishedGrowth, note: Self.trimmed(input.note),
                status: neighbours.current[indicator.code]?.status ?? .draft)
            let outcome = validator.validate(
                observation, indicator: indicator, previousMonth: neighbours.previous[indicator.code],
                sameMonthLastYear: neighbours.lastYear[indicator.code])
            for issue in outcome.issues {
                prepared.problems.append(
                    APIProblem(
                        severity: "warning", message: "\(indicator.name)：\(issue.message)", field: issue.field.rawValue,
                        indicatorCode: indicator.code, code: issue.code.rawValue))
            }
            do {
                prepared.observations.append(try outcome.accept(observation, reason: input.overrideReason))
            } catch {
                if requireReasons {
                    prepared.problems.append(
                        APIProblem(
                            message: "\(indicator.name)：\(error.userMessage)", field: "overrideReason",
                            indicatorCode: indicator.code, code: "override_reason_required"))
                }
            }
        }
        return prepared
    }

    private static func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
