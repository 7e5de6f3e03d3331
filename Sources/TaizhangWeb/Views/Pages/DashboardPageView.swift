import Foundation
import TaizhangCharts
import TaizhangCore

/// The dashboard page: one card per key indicator, built from a `DashboardReport`.
struct DashboardPageView {
    let layout: LayoutView
    let unitName: String
    let periodName: String
    let elapsedText: String
    let sectorStructureText: String?
    let cards: [DashboardCardView]
    let hasCards: Bool

    init(layout: LayoutView, report: DashboardReport, formatter: FigureFormatter = .table) {
        self.layout = layout
        self.unitName = report.orgUnit.name
        self.periodName = report.periodName
        self.elapsedText = "时间进度" + formatter.percent(report.elapsedPercent ?? 0)
        self.sectorStructureText = report.sectorStructure.map { "三次产业结构" + $0 }
        self.hasCards = report.cards.contains { $0.value != nil }
        self.cards = report.cards.map {
            DashboardCardView(card: $0, elapsedPercent: report.elapsedPercent, formatter: formatter)
        }
    }
}

/// One card of the dashboard, with its charts rendered as inline SVG.
struct DashboardCardView {
    let code: String
    let name: String
    let periodName: String
    let valueText: String
    let unit: String
    let hasValue: Bool
    let growthText: String?
    let growthClass: String
    let growthNote: String?
    let targetText: String?
    let completionText: String?
    let progressText: String?
    let progressClass: String
    let growthTargetText: String?
    let rankText: String?
    let growthRankText: String?
    let forecastText: String?
    let gaugeSVG: String?
    let trendSVG: String
    let trendCaption: String

    init(card: DashboardCard, elapsedPercent: Decimal?, formatter: FigureFormatter) {
        code = card.indicator.code
        name = card.indicator.name
        periodName = card.periodName
        valueText = card.texts.value
        unit = card.texts.unit
        hasValue = card.value != nil
        growthText = card.texts.growth
        if let growth = card.yoyGrowth?.roundedHalfUp(scale: formatter.percentDecimals) {
            growthClass = growth > 0 ? "up" : (growth < 0 ? "down" : "")
        } else {
            growthClass = ""
        }
        growthNote = card.growthSource == "published" ? "可比价" : nil
        targetText = card.texts.target
        completionText = card.texts.completion
        progressText = card.texts.progress
        progressClass = (card.progressGap ?? 0) < 0 ? "behind" : "ahead"
        growthTargetText = card.texts.growthTarget
        rankText = card.texts.rank
        growthRankText = card.texts.growthRank
        forecastText = card.texts.forecast
        if let completion = card.completionRate, let elapsedPercent, card.progressGap != nil {
            gaugeSVG = ProgressGauge(
                title: "\(card.indicator.name)完成年度目标进度", completionPercent: completion, elapsedPercent: elapsedPercent,
                completionLabel: "完成" + formatter.percent(completion),
                elapsedLabel: "时间进度" + formatter.percent(elapsedPercent)
            ).render()
        } else {
            gaugeSVG = nil
        }
        let basis = card.trend.basis == "monthly" ? "当月值" : "月末值"
        trendCaption = "近13个月\(basis)（\(card.indicator.unit)）"
        trendSVG = TrendChart(
            title: "\(card.indicator.name)近13个月\(basis)走势",
            summary: "实线为本期，虚线为上年同期，单位\(card.indicator.unit)",
            monthLabels: card.trend.labels,
            series: [
                .init(name: "本期", values: card.trend.current.map(\.wrappedValue)),
                .init(name: "上年同期", values: card.trend.previousYear.map(\.wrappedValue)),
            ],
            tickLabel: { AxisLabels.tick($0, formatter: formatter) },
            width: 400, height: 200, includesZero: card.indicator.isCumulative
        ).render()
    }
}

/// Axis tick texts, from the one figure formatter with as many decimals as the tick itself has.
enum AxisLabels {
    static func tick(_ value: Decimal, formatter: FigureFormatter) -> String {
        let decimals = max(0, -Int(value.exponent))
        return formatter.number(value, decimals: min(decimals, 4))
    }
}
