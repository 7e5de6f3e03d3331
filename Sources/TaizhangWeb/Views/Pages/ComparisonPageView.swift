import Foundation
import TaizhangCharts
import TaizhangCore

/// The city comparison page: key indicators as rows, zones as columns, and bar charts for one indicator.
struct ComparisonPageView {
    let layout: LayoutView
    let cityName: String
    let periodName: String
    let zones: [ZoneHeader]
    let rows: [IndicatorRow]
    let chosenName: String
    let valueChartSVG: String?
    let growthChartSVG: String?
    let hasZones: Bool

    struct ZoneHeader {
        let name: String
        let isHighlighted: Bool
    }

    struct IndicatorRow {
        let code: String
        let name: String
        let unit: String
        let link: String
        let isChosen: Bool
        let cells: [Cell]
    }

    struct Cell {
        let valueText: String
        let growthText: String
        let growthClass: String
        let rankText: String?
        let isHighlighted: Bool
    }

    init(
        layout: LayoutView, report: CityComparisonReport, chosenCode: String?, highlightedUnitID: Int64?,
        linkBase: String, formatter: FigureFormatter = .table
    ) {
        self.layout = layout
        cityName = report.city.name
        periodName = report.periodName
        zones = report.rows.map { ZoneHeader(name: $0.orgUnit.name, isHighlighted: $0.orgUnit.id == highlightedUnitID) }
        hasZones = !report.rows.isEmpty
        let chosen = report.indicators.first { $0.code == chosenCode } ?? report.indicators.first
        chosenName = chosen.map { "\($0.name)（\($0.unit)）" } ?? ""
        rows = report.indicators.enumerated().map { index, indicator in
            IndicatorRow(
                code: indicator.code, name: indicator.name, unit: indicator.unit,
                link: "\(linkBase)&indicator=\(indicator.code)#chart", isChosen: indicator.code == chosen?.code,
                cells: report.rows.map { row in
                    let cell = row.cells[index]
                    let growth = cell.yoyGrowth?.roundedHalfUp(scale: formatter.percentDecimals)
                    return Cell(
                        valueText: cell.valueText, growthText: cell.growthText,
                        growthClass: growth.map { $0 > 0 ? "up" : ($0 < 0 ? "down" : "") } ?? "",
                        rankText: cell.rank.map { "第\($0)" }, isHighlighted: row.orgUnit.id == highlightedUnitID)
                })
        }
        guard let chosen, let column = report.indicators.firstIndex(where: { $0.code == chosen.code }) else {
            valueChartSVG = nil
            growthChartSVG = nil
            return
        }
        let valueBars = report.rows.map { row in
            let cell = row.cells[column]
            return BarChart.Bar(
                label: row.orgUnit.name, value: cell.value, valueLabel: cell.valueText,
                isHighlighted: row.orgUnit.id == highlightedUnitID)
        }
        valueChartSVG = BarChart(
            title: "\(report.periodName)各开发区\(chosen.name)（\(chosen.unit)）", bars: valueBars, width: 480
        ).render()
        let growthBars = report.rows.map { row in
            let cell = row.cells[column]
            return BarChart.Bar(
                label: row.orgUnit.name, value: cell.yoyGrowth, valueLabel: cell.growthText,
                isHighlighted: row.orgUnit.id == highlightedUnitID)
        }
        growthChartSVG =
            growthBars.contains { $0.value != nil }
            ? BarChart(title: "\(report.periodName)各开发区\(chosen.name)同比增速（%）", bars: growthBars, width: 480).render()
            : nil
    }
}
