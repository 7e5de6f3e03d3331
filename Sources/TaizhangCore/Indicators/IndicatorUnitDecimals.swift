extension IndicatorUnit {
    /// Decimal places a figure in this unit is shown with unless the indicator says otherwise:
    /// 亿元/亿美元/万元/万美元 2, 元/美元 0, % 2, 户/个/件/人/家/项 0, 万亩/万吨/亩/吨 2, 吨标准煤/万元 3, others 2.
    public var defaultDecimals: Int {
        switch symbol {
        case "亿元", "亿美元", "万元", "万美元": 2
        case "元", "美元": 0
        case "%": 2
        case "户", "个", "件", "人", "家", "项", "人次": 0
        case "万亩", "万吨", "亩", "吨": 2
        case "吨标准煤/万元": 3
        default: 2
        }
    }
}
