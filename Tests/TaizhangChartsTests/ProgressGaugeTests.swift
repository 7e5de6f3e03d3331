import Foundation
import Testing

@testable import TaizhangCharts

@Test func gaugeBehindScheduleIsAmberWithMarkerAtElapsed() {
    let gauge = ProgressGauge(
        title: "目标进度", completionPercent: 75, elapsedPercent: Decimal(string: "83.3")!, completionLabel: "完成75.0%",
        elapsedLabel: "时间进度83.3%", width: 302)
    let layout = gauge.layout()
    // Track 2…300 is 298 px: 75% ends at 2 + 223.5, 83.3% at 2 + 248.234.
    #expect(abs(layout.fillRight - 225.5) < 0.001)
    #expect(abs(layout.markerX - 250.234) < 0.001)
    #expect(!gauge.isOnSchedule)
    #expect(gauge.render().contains("fill-behind"))
}

@Test func gaugeOverTargetFillsTheTrackOnly() {
    let gauge = ProgressGauge(
        title: "目标进度", completionPercent: 130, elapsedPercent: 50, completionLabel: "完成130%", elapsedLabel: "时间进度50%")
    let layout = gauge.layout()
    #expect(layout.fillRight == layout.trackRight)
    #expect(gauge.render().contains("fill-ok"))
}
