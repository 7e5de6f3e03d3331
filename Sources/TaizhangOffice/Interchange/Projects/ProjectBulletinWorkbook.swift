import Foundation
import TaizhangCore

/// The monthly bulletin (督查通报) as an .xlsx: sheets 园区排名, 项目排名, 滞后项目 and 逾期问题, each under the
/// bulletin's title and a line giving 时序进度 and the unit. Amounts are written exactly; rates and 百分点 rounded
/// half-up as the formatter shows them, so that the file agrees with the page.
public enum ProjectBulletinWorkbook {
    public static let zoneSheetName = "园区排名"
    public static let projectSheetName = "项目排名"
    public static let laggingSheetName = "滞后项目"
    public static let overdueSheetName = "逾期问题"

    /// “海星市2026年1—10月重点项目建设督查通报”.
    public static func title(scopeName: String, month: YearMonth) -> String {
        "\(scopeName)\(month.year)年\(period(month))重点项目建设督查通报"
    }

    /// Writes the bulletin's four sheets; `formatter` sets the decimals of rates and the wording of 进度情况.
    public static func write(
        _ bulletin: ProjectBulletin, title: String, formatter: FigureFormatter = FigureFormatter()
    ) throws -> Data {
        let context = Context(bulletin: bulletin, formatter: formatter)
        return try ScratchWorkbook.write { writer in
            try writeZones(writer, title: title, context)
            try writeProjects(writer, title: title, context)
            try writeLagging(writer, title: title, context)
            try writeOverdue(writer, title: title, context)
        }
    }

    /// “1—10月”, or “1月” in January.
    static func period(_ month: YearMonth) -> String { month.month == 1 ? "1月" : "1—\(month.month)月" }

    private struct Context {
        let bulletin: ProjectBulletin
        let formatter: FigureFormatter
        var period: String { ProjectBulletinWorkbook.period(bulletin.month) }

        /// “时序进度：83.3%　单位：万元”.
        var subtitle: String {
            "时序进度：\(formatter.percent(bulletin.timeElapsed))　单位：万元"
        }

        func rounded(_ value: Decimal?) -> XLSXWriteValue {
            value.map { .number($0.roundedHalfUp(scale: max(0, formatter.percentDecimals))) } ?? .empty
        }

        var rateFormat: String {
            formatter.percentDecimals > 0 ? "0." + String(repeating: "0", count: formatter.percentDecimals) : "0"
        }

        /// 年度计划, 1—M月完成, 本月完成, 完成率, 与时序进度差, 进度情况.
        func figureHeaders() -> [String] {
            ["年度计划投资", "\(period)完成投资", "本月完成投资", "完成率（%）", "与时序进度差（百分点）", "进度情况"]
        }

        func figureColumns() -> [XLSXColumn] {
            [
                amountColumn, amountColumn, amountColumn, XLSXColumn(width: 12, numberFormat: rateFormat),
                XLSXColumn(width: 14, numberFormat: rateFormat), XLSXColumn(width: 44),
            ]
        }

        func figureValues(_ figures: BulletinFigures) -> [XLSXWriteValue] {
            [
                .number(figures.annualPlan), .number(figures.yearCompleted), .number(figures.monthCompleted),
                rounded(figures.completionRate), rounded(figures.gap),
                .text(formatter.scheduleProgressPhrase(figures)),
            ]
        }

        var amountColumn: XLSXColumn { XLSXColumn(width: 14, numberFormat: "#,##0.00") }
    }

    private static func startSheet(
        _ writer: XLSXWriter, name: String, title: String, subtitle: String, header: [String], columns: [XLSXColumn]
    ) throws -> XLSXSheetWriter {
        let sheet = try writer.addSheet(name: name, columns: columns, freezeHeader: false)
        try sheet.appendTitleRow(title + "——" + name)
        try sheet.appendRow([.text(subtitle)])
        try sheet.appendRow(header.map { .text($0) }, style: XLSXStyleRegistry.headerStyle)
        return sheet
    }

    private static func rank(_ rank: Int?) -> XLSXWriteValue { rank.map { .number(Decimal($0)) } ?? .text("—") }

    private static func writeZones(_ writer: XLSXWriter, title: String, _ context: Context) throws {
        let bulletin = context.bulletin
        let sheet = try startSheet(
            writer, name: zoneSheetName, title: title, subtitle: context.subtitle,
            header: ["排名", "园区", "项目数", "本月已报"] + context.figureHeaders(),
            columns: [
                XLSXColumn(width: 6),
                XLSXColumn(width: XLSXColumn.fittingWidth(for: ["园区"] + bulletin.zones.map(\.zoneName), maximum: 30)),
                XLSXColumn(width: 8), XLSXColumn(width: 10),
            ] + context.figureColumns())
        for zone in bulletin.zones {
            try sheet.appendRow(
                [
                    rank(zone.rank), .text(zone.zoneName), .number(Decimal(zone.projectCount)),
                    .number(Decimal(zone.reportedCount)),
                ] + context.figureValues(zone.figures))
        }
        try sheet.appendRow(
            [
                .empty, .text("合计"), .number(Decimal(bulletin.total.projectCount)),
                .number(Decimal(bulletin.total.reportedCount)),
            ] + context.figureValues(bulletin.total.figures))
    }

    private static func writeProjects(_ writer: XLSXWriter, title: String, _ context: Context) throws {
        let rows = context.bulletin.projects
        let sheet = try startSheet(
            writer, name: projectSheetName, title: title, subtitle: context.subtitle,
            header: ["排名", "项目编号", "项目名称", "所属园区", "建设阶段", "包联领导", "责任单位", "本月已报"]
                + context.figureHeaders(),
            columns: [
                XLSXColumn(width: 6),
                XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: ["项目编号"] + rows.map(\.project.code), maximum: 24),
                    numberFormat: "@"),
                XLSXColumn(width: XLSXColumn.fittingWidth(for: ["项目名称"] + rows.map(\.project.name), maximum: 40)),
                XLSXColumn(width: 16), XLSXColumn(width: 10), XLSXColumn(width: 14), XLSXColumn(width: 16),
                XLSXColumn(width: 10),
            ] + context.figureColumns())
        for row in rows {
            try sheet.appendRow(
                [
                    rank(row.rank), .text(row.project.code), .text(row.project.name), text(row.zoneName),
                    .text(row.project.stage.displayName), text(leaders(row.project)),
                    text(row.project.responsibleUnit), .text(row.reported ? "是" : "否"),
                ] + context.figureValues(row.figures))
        }
    }

    private static func writeLagging(_ writer: XLSXWriter, title: String, _ context: Context) throws {
        let lagging = context.bulletin.laggingProjects
        let sheet = try startSheet(
            writer, name: laggingSheetName, title: title, subtitle: context.subtitle,
            header: [
                "序号", "项目编号", "项目名称", "所属园区", "建设阶段", "包联领导", "责任单位", "年度计划投资",
                "\(context.period)完成投资", "完成率（%）", "与时序进度差（百分点）", "滞后原因",
            ],
            columns: [
                XLSXColumn(width: 6),
                XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: ["项目编号"] + lagging.map(\.row.project.code), maximum: 24),
                    numberFormat: "@"),
                XLSXColumn(
                    width: XLSXColumn.fittingWidth(for: ["项目名称"] + lagging.map(\.row.project.name), maximum: 40)),
                XLSXColumn(width: 16), XLSXColumn(width: 10), XLSXColumn(width: 14), XLSXColumn(width: 16),
                context.amountColumn, context.amountColumn, XLSXColumn(width: 12, numberFormat: context.rateFormat),
                XLSXColumn(width: 14, numberFormat: context.rateFormat), XLSXColumn(width: 48),
            ])
        for (index, item) in lagging.enumerated() {
            let row = item.row
            try sheet.appendRow([
                .number(Decimal(index + 1)), .text(row.project.code), .text(row.project.name), text(row.zoneName),
                .text(row.project.stage.displayName), text(leaders(row.project)), text(row.project.responsibleUnit),
                .number(row.figures.annualPlan), .number(row.figures.yearCompleted),
                context.rounded(row.figures.completionRate), context.rounded(row.figures.gap),
                .text(item.reasons.map { reason($0, context.formatter) }.joined(separator: "；")),
            ])
        }
    }

    private static func writeOverdue(_ writer: XLSXWriter, title: String, _ context: Context) throws {
        let matters = context.bulletin.overdueMatters
        let dateColumn = XLSXColumn(width: 12, numberFormat: XLSXStyleRegistry.dateFormat)
        let sheet = try startSheet(
            writer, name: overdueSheetName, title: title, subtitle: context.subtitle,
            header: ["序号", "问题类型", "问题描述", "所属项目", "所属园区", "责任单位", "提出日期", "办理时限", "逾期天数"],
            columns: [
                XLSXColumn(width: 6), XLSXColumn(width: 10), XLSXColumn(width: 48), XLSXColumn(width: 30),
                XLSXColumn(width: 16), XLSXColumn(width: 16), dateColumn, dateColumn, XLSXColumn(width: 10),
            ])
        for (index, item) in matters.enumerated() {
            let matter = item.matter
            try sheet.appendRow([
                .number(Decimal(index + 1)), .text(matter.kind.displayName), .text(matter.description),
                text(item.projectName), text(item.zoneName), .text(matter.ownerUnit), date(matter.raisedOn),
                matter.deadline.map(date) ?? .empty, .number(Decimal(item.daysOverdue)),
            ])
        }
    }

    /// “落后时序进度12.3个百分点”, “计划2026年3月1日开工，至月末未开工”.
    static func reason(_ reason: LagReason, _ formatter: FigureFormatter) -> String {
        switch reason {
        case .behindSchedule(let gap): "落后时序进度" + formatter.percentagePoints(-gap)
        case .notStarted(let plannedStart): "计划\(plannedStart.chineseDescription)开工，至月末未开工"
        }
    }

    private static func text(_ value: String?) -> XLSXWriteValue {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    private static func leaders(_ project: Project) -> String? {
        project.liaisonLeaders.isEmpty ? nil : project.liaisonLeaders.joined(separator: "、")
    }

    private static func date(_ day: CalendarDate) -> XLSXWriteValue {
        .date(year: day.year, month: day.month, day: day.day)
    }
}
