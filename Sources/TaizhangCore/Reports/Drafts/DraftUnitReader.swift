/// Reads the unit written right after a figure: an optional magnitude (万, 亿 …) and a base unit, skipping
/// 余, 多 or 左右 and a space before `%`; `个百分点` is written `百分点`.
enum DraftUnitReader {
    /// A unit found after a figure: where it is and how it is written.
    struct Found {
        var start: Int
        var end: Int
        /// As written, except that `个百分点` becomes `百分点`.
        var text: String
        /// The normalised (simplified, half-width) form, for classification.
        var key: String
    }

    static let magnitudes: [[Unicode.Scalar]] = ["千万", "百万", "十万", "万", "亿", "千", "百"].map(DraftText.keyed)

    /// Base units, longest first within a shared start. Multi-character units come before their prefixes.
    static let bases: [[Unicode.Scalar]] = [
        "个百分点", "百分点", "百分比", "%", "‰",
        "元/平方米", "元/吨", "元/亩", "元", "美元", "欧元", "吨标准煤/万元", "吨标准煤", "吨", "公斤", "千克", "克",
        "平方公里", "平方千米", "平方米", "平米", "立方米", "公顷", "亩", "公里", "千米", "米",
        "人次", "户次", "车次", "架次", "场次", "人", "户", "家", "个月", "个", "件", "项", "栋", "幢", "座", "条",
        "处", "次", "场", "辆", "台", "套", "株", "棵", "名", "批次", "批", "所", "起", "宗", "笔", "份", "张", "间",
        "天", "小时", "分钟", "周", "倍", "只", "头", "羽", "千瓦时", "千瓦", "兆瓦", "伏安", "度", "标箱", "吨公里",
        "年", "位", "届", "期", "轮", "段", "口", "眼", "孔", "盏", "部", "篇", "类", "种", "片", "块", "床", "台套",
        "票", "箱", "立方",
    ].map(DraftText.keyed).sorted { $0.count > $1.count }

    /// Words that start like a unit but are not one (`xx项目`, `XX人民医院`, `家庭农场`).
    static let notUnits: [[Unicode.Scalar]] = [
        "项目", "人民", "人大", "人社", "人才", "家庭", "家居", "家纺", "户籍", "户外", "台账", "台湾", "处置", "处理",
        "条例", "条件", "所属", "所有", "名单", "名称", "名牌", "场景", "场所", "场地", "场馆", "起步", "起来", "天然",
        "年度", "年级", "度假", "期间", "段落", "口岸", "种植", "种养", "片区", "块状", "部门", "类型", "元素", "座谈",
        "条线", "张家", "周边", "周年", "只有", "头雁", "头部", "部署", "次年", "间隔", "米线", "元旦", "单位", "单元",
        "票据", "箱包", "期限", "个人", "个体", "件事", "笔记", "份额", "名牌", "床位", "批准", "批复", "台区",
    ].map(DraftText.keyed)

    static let fillers: [[Unicode.Scalar]] = ["余", "多", "左右", " "].map(DraftText.keyed)

    /// The unit after a figure ending at `end`, or nil.
    static func read(_ t: DraftText, after end: Int) -> Found? {
        var p = end
        var moved = true
        var skipped = 0
        while moved && skipped < 3 {
            moved = false
            for f in fillers where t.matches(f, at: p) {
                // A space is skipped only before `%`.
                if f == [" "] && t[p + 1] != "%" && t[p + 1] != "‰" { continue }
                p += f.count
                moved = true
                skipped += 1
                break
            }
        }
        let unitStart = p
        if let found = base(t, unitStart, at: unitStart) { return found }
        var q = p
        for m in magnitudes where t.matches(m, at: q) {
            q += m.count
            break
        }
        if q > unitStart, let found = base(t, unitStart, at: q) { return found }
        return magnitudeOnly(t, unitStart, q)
    }

    private static let percentagePoints = DraftText.keyed("个百分点")

    private static func base(_ t: DraftText, _ unitStart: Int, at q: Int) -> Found? {
        guard let base = bases.first(where: { t.matches($0, at: q) }) else { return nil }
        if notUnits.contains(where: { $0.starts(with: base) && t.matches($0, at: q) }) { return nil }
        let shownStart = base == percentagePoints ? q + 1 : unitStart
        let unitEnd = q + base.count
        return Found(
            start: shownStart, end: unitEnd, text: t.string(shownStart..<unitEnd), key: t.keyString(shownStart..<unitEnd))
    }

    private static func magnitudeOnly(_ t: DraftText, _ start: Int, _ end: Int) -> Found? {
        // A bare magnitude (`1.3亿`, `5万`) is a unit; `千`/`百` alone are not.
        guard end > start else { return nil }
        let key = t.keyString(start..<end)
        guard key == "万" || key == "亿" else { return nil }
        return Found(start: start, end: end, text: t.string(start..<end), key: key)
    }
}
